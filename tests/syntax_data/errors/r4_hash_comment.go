package main

import "fmt"

func main() {
	x := 1 # comment
	fmt.Println(x)
}
