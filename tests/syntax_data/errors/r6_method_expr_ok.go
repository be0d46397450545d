package main

import "fmt"

type T struct{}

func (t *T) M() {}

func main() {
	f := (*T).M
	_ = f
	fmt.Println()
}
