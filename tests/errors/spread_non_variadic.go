package main

func add(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	add(s...) // ERROR "cannot use ... in call to non-variadic add"
}
