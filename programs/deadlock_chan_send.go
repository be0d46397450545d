// A deadlock on purpose: an unbuffered send with no receiver, after a
// buffered channel has filled up in a helper goroutine.
package main

import "fmt"

func main() {
	buf := make(chan int, 1)
	done := make(chan bool)
	go func() {
		buf <- 1
		buf <- 2
		done <- true
	}()
	fmt.Println("first:", <-buf)
	ch := make(chan string)
	ch <- "nobody listens"
	<-done
}
