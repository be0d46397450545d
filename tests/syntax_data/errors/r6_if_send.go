package main

import "fmt"

func main() {
	c := make(chan int)
	if c <- 1 {
	}
	fmt.Println()
}
