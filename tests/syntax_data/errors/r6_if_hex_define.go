package main

import "fmt"

func main() {
	if x := 0x10 {
	}
	fmt.Println()
}
