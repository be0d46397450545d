package main

import "fmt"

func main() {
	var a [3int
	_ = a
}
