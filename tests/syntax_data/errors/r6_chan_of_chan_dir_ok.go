package main

import "fmt"

func main() {
	var c chan<- chan int
	var d <-chan <-chan int
	_, _ = c, d
	fmt.Println()
}
