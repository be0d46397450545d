package main

import "fmt"

type I interface {
	M int
}

func main() { fmt.Println() }
