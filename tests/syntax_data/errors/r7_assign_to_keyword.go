package main

import "fmt"

func main() {
	for = 1
	fmt.Println()
}
