package main

import "fmt"

func main() {
	var g func()
	h := (func())(g)
	_ = h
	fmt.Println()
}
