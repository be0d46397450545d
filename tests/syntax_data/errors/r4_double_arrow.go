package main

import "fmt"

func main() {
	c := make(chan chan int, 1)
	<-<-c
}
