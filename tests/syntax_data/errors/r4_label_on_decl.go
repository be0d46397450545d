package main

import "fmt"

func main() {
L: var x = 1
	_ = x
	goto L
}
