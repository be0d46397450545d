package main

type shape interface{ Area() int }

type square struct{ side int }

func (s *square) Area() int { return s.side * s.side }

func main() {
	var s shape = square{} // ERROR "square does not implement shape (method Area has pointer receiver)"
	_ = s
}
