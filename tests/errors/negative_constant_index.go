package main

func main() {
	s := []int{1}
	_ = s[-1] // ERROR "must not be negative"
}
