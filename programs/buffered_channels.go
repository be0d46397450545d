// A buffered channel holds up to cap values without a receiver.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	fmt.Println("len", len(c), "cap", cap(c))
	c <- 1
	c <- 2
	c <- 3
	fmt.Println("len", len(c), "cap", cap(c))
	fmt.Println(<-c)
	c <- 4
	fmt.Println("len", len(c))
	for len(c) > 0 {
		fmt.Println(<-c)
	}

	done := make(chan bool, 1)
	go func() {
		fmt.Println("worker done")
		done <- true
	}()
	<-done

	msgs := make(chan string, 2)
	msgs <- "buffered"
	msgs <- "channel"
	close(msgs)
	for m := range msgs {
		fmt.Println(m)
	}
}
