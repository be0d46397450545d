package main

import "fmt"

func main() {
	m := map[]int{}
	_ = m
	fmt.Println()
}
