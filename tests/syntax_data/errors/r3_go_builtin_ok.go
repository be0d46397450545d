package main

import "fmt"

func main() {
	c := make(chan int)
	go close(c)
}
