package main

func f(a ...int) {}

func main() {
	s := []int{}
	f(s..., 1)
}
