package main

import "fmt"

func main() {
	x := 0
	for x = 1 {
	}
	fmt.Println()
}
