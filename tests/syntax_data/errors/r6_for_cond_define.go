package main

import "fmt"

func main() {
	for i := 0; j := 1; i++ {
	}
	fmt.Println()
}
