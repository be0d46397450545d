package main

func main() {
	var c <-chan int = make(chan int)
	close(c) // ERROR "cannot close receive-only channel"
}
