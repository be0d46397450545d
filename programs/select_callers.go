// select waits on two callers; each answers after its own delay, so the
// order of the answers follows the delays.
package main

import (
	"fmt"
	"time"
)

func callerA(c chan string) {
	time.Sleep(10 * time.Millisecond)
	c <- "Hello World!"
}

func callerB(c chan string) {
	time.Sleep(100 * time.Millisecond)
	c <- "Hola Mundo!"
}

func main() {
	a, b := make(chan string), make(chan string)
	go callerA(a)
	go callerB(b)
	for i := 0; i < 2; i++ {
		select {
		case msg := <-a:
			fmt.Printf("%s from A\n", msg)
		case msg := <-b:
			fmt.Printf("%s from B\n", msg)
		}
	}

	c := make(chan string)
	select {
	case msg := <-c:
		fmt.Println(msg)
	default:
		fmt.Println("no message, default case")
	}
}
