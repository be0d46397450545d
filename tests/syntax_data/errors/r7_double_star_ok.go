package main

import "fmt"

func main() {
	x := 1
	p := &x
	pp := &p
	_ = **pp
	fmt.Println()
}
