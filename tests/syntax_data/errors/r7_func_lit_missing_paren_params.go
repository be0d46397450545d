package main

import "fmt"

func main() {
	f := func {
	}
	_ = f
	fmt.Println()
}
