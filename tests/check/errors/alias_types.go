package main

import "fmt"

type MyInt = int
type Celsius float64

func main() {
	var a MyInt = 3
	var b int = a
	var c Celsius = 1.5
	var d float64 = c
	fmt.Println(a, b, d)
}
