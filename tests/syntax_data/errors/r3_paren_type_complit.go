package main

import "fmt"

func main() {
	type P struct{}
	_ = (P){}
}
