// gorun:compare sorted
// (Which caller reaches the select first depends on scheduling; Go usually
// prints B first, but that is timing, not a guarantee.)
// Closing a channel: receivers drain what is buffered, then get the zero
// value and ok == false; range stops at close.
package main

import "fmt"

func callerA(c chan string) {
	c <- "Hello World!"
	close(c)
}

func callerB(c chan string) {
	c <- "Hola Mundo!"
	close(c)
}

func main() {
	a, b := make(chan string), make(chan string)
	go callerA(a)
	go callerB(b)
	var msg string
	openA, openB := true, true
	for openA || openB {
		select {
		case msg, openA = <-a:
			if openA {
				fmt.Printf("%s from A\n", msg)
			}
		case msg, openB = <-b:
			if openB {
				fmt.Printf("%s from B\n", msg)
			}
		}
		if !openA {
			a = nil
		}
		if !openB {
			b = nil
		}
	}

	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c)
}
