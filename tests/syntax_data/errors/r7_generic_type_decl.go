package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func main() { fmt.Println() }
