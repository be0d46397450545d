package main

import "fmt"

func main() {
	x := 1 << 3 >> 1 &^ 2
	_ = x
	fmt.Println()
}
