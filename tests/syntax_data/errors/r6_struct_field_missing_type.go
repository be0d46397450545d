package main

import "fmt"

type T struct {
	a, b
}

func main() { fmt.Println(T{}) }
