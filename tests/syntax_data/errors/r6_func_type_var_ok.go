package main

import "fmt"

func main() {
	var f func(int) (string, error)
	_ = f
	fmt.Println()
}
