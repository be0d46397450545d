package main

import "fmt"

func main() {
	for i := 0; {
	}
	fmt.Println()
}
