package main

import "fmt"

type T int

func main() {
	var x int
	p := (*T)(nil)
	_ = p
	fmt.Println(T(x))
}
