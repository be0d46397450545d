package main

import "fmt"

func main() {
	x := !
	_ = x
	fmt.Println()
}
