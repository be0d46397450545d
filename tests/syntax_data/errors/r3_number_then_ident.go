package main

import "fmt"

func main() {
	x := 12abc
	fmt.Println(x)
}
