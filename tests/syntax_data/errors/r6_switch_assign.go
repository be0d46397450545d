package main

import "fmt"

func main() {
	x := 0
	switch x = 1 {
	}
	fmt.Println()
}
