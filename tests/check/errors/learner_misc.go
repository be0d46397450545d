package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	n := strconv.Atoi(s)
	return n
}

func main() {
	i, err := strconv.Atoi("1")
	fmt.Println(i)
	var s string = i
	fmt.Println("n=" + i)
	fmt.Printf("%d\n", parse("2"), s)
	var f float64 = i
	_ = f
}
