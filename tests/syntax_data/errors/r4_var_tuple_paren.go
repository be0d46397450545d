package main

import "fmt"

func main() {
	var (a, b) = 1, 2
	fmt.Println(a, b)
}
