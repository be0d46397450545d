// Timeouts with select and time.After: a slow answer loses to the timeout,
// a fast one wins.
package main

import (
	"fmt"
	"time"
)

func answer(after time.Duration, text string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(after)
		c <- text
	}()
	return c
}

func main() {
	select {
	case res := <-answer(500*time.Millisecond, "slow"):
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	select {
	case res := <-answer(5*time.Millisecond, "fast"):
		fmt.Println(res)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	timer := time.NewTimer(10 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
}
