package main

func main() {
	var c <-chan int = make(chan int)
	c <- 1 // ERROR "cannot send to receive-only channel"
}
