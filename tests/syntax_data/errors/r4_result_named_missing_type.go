package main

import "fmt"

func f() (a, b) {
	return
}

func main() {}
