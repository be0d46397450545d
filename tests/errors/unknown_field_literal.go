package main

type point struct{ x, y int }

func main() {
	_ = point{x: 1, z: 2} // ERROR "unknown field z in struct literal of type point"
}
