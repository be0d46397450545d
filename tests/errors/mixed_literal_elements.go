package main

type point struct{ x, y int }

func main() {
	_ = point{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
}
