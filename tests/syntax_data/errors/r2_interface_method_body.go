package main

import "fmt"

type I interface {
	M() {}
}

func main() {}
