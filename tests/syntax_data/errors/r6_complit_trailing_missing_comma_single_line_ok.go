package main

import "fmt"

func main() {
	_ = []int{1, 2, 3,}
	fmt.Println()
}
