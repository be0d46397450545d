package main

type point struct{ x, y int }

func main() {
	_ = point{1} // ERROR "too few values in struct literal of type point"
}
