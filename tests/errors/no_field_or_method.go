package main

type point struct{ x, y int }

func main() {
	p := point{}
	p.z = 3 // ERROR "p.z undefined (type point has no field or method z)"
}
