package main

func pair() (int, int) { return 1, 2 }

func main() {
	x := 1 + pair() // ERROR "multiple-value pair() (value of type (int, int)) in single-value context"
	_ = x
}
