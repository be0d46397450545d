package main

import "fmt"

func main() {
	c := make(chan<- )
	_ = c
}
