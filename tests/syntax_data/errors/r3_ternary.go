package main

import "fmt"

func main() {
	x := true ? 1 : 2
	fmt.Println(x)
}
