package main

import "fmt"

type I interface {
	1
}

func main() {}
