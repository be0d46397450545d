package main

import "fmt"

func main() {
	x := return
	_ = x
	fmt.Println()
}
