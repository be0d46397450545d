package main

func main() {
	c := make(chan<- int, 1)
	<-c // ERROR "cannot receive from send-only channel"
}
