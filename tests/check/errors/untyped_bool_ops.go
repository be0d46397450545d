package main

import "fmt"

type MyBool bool

func main() {
	var b MyBool = 1 < 2
	c := b && true
	var d bool = b
	x := 3
	e := x > 1
	var f MyBool = e
	fmt.Println(c, d, f)
}
