package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func two() (int, int) { return 1, 2 }

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(sum(), sum(1, 2), sum([]int{1, 2}...), add(two()))
	b := append([]byte("x"), "yz"...)
	fmt.Println(len(b), cap(b), min(1, 2.5), max(3, 4))
}
