package main

import "fmt"

func main() {
	var x int := 1
	_ = x
	fmt.Println()
}
