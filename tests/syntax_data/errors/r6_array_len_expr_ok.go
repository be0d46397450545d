package main

import "fmt"

func main() {
	var a [2 * 3]int
	_ = a
	fmt.Println()
}
