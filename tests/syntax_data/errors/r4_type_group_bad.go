package main

import "fmt"

type (
	A int
	B
)

func main() {}
