package main

import "fmt"

func main() {
	for x := 1 {
	}
	fmt.Println()
}
