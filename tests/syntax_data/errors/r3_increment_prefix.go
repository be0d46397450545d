package main

import "fmt"

func main() {
	x := 0
	++x
	fmt.Println(x)
}
