package main

import "fmt"

const (
	A = iota
	B C
)

func main() {}
