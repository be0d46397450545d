package main

import "fmt"

func main() {
	x := 1
	y := - - -x
	z := ^^x
	_ = !!true
	_, _ = y, z
	fmt.Println()
}
