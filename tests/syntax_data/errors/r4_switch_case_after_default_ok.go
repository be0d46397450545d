package main

import "fmt"

func main() {
	switch {
	default:
	case true:
	}
}
