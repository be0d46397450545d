package main

import "fmt"

func main() {
	x := 0
	if x++ {
	}
	fmt.Println()
}
