package main

import "fmt"

func main() {
L:
	{
	}
	goto L
}
