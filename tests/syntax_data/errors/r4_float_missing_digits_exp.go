package main

import "fmt"

func main() {
	x := 1.5e
	fmt.Println(x)
}
