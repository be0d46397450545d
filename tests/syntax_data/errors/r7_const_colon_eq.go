package main

import "fmt"

func main() {
	const c := 1
	_ = c
	fmt.Println()
}
