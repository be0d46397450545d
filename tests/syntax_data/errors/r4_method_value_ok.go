package main

import "fmt"

type T struct{}

func (T) M() {}

func main() {
	f := T{}.M
	f()
	fmt.Println()
}
