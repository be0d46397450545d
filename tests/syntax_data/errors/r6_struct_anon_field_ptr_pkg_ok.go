package main

import "fmt"

type T struct {
	*fmt.Formatter
}

func main() { fmt.Println(T{}) }
