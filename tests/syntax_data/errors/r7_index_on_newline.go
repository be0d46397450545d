package main

import "fmt"

func main() {
	a := []int{1}
	_ = a
	[0]
	fmt.Println()
}
