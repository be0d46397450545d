package main

import "fmt"

const (
	A = iota *
)

func main() {}
