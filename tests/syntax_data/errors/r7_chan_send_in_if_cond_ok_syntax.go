package main

import "fmt"

func main() {
	c := make(chan bool, 1)
	c <- true
	if <-c {
	}
	fmt.Println()
}
