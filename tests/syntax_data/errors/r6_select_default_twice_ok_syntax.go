package main

import "fmt"

func main() {
	select {
	default:
	default:
	}
	fmt.Println()
}
