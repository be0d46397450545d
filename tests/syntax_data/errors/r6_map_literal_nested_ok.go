package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1, 2}}
	_ = m
	fmt.Println()
}
