package main

import "fmt"

func main() {
	var s [int
	_ = s
	fmt.Println()
}
