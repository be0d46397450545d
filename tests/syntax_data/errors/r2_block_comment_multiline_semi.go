package main

import "fmt"

func main() {
	x := 1 /* a
	b */ fmt.Println(x)
}
