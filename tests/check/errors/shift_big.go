package main

import "fmt"

const big = 1 << 100 >> 98

func main() {
	fmt.Println(big)
	var x int = 1 << 100
	_ = x
}
