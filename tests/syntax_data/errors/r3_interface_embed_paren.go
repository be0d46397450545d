package main

import "fmt"

type I interface {
	(fmt.Stringer)
}

func main() {}
