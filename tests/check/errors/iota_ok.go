package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota + 1
	Monday
)

func main() {
	fmt.Println(A, B, C, E, Sunday, Monday)
}
