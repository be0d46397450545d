package main

import "fmt"

func main() {
	var a [...]int
	_ = a
}
