package main

import "fmt"

func main() {
	a, b := 1, 2
	if a = b + 1 {
	}
	fmt.Println()
}
