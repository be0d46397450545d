package main

type shape interface{ Area() int }

type square struct{ side int }

func (s square) Area() float64 { return 0 }

func main() {
	var s shape = square{} // ERROR "does not implement shape (wrong type for method Area)"
	_ = s
}
