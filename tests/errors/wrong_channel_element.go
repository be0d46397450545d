package main

func main() {
	c := make(chan int, 1)
	c <- "s" // ERROR "cannot use \"s\" (untyped string constant) as int value in send"
}
