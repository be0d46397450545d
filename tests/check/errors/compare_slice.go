package main

func main() {
	a, b := []int{}, []int{}
	_ = a == b
}
