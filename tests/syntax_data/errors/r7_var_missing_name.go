package main

import "fmt"

func main() {
	var = 1
	fmt.Println()
}
