package main

type point struct{ x, y int }

func main() {
	p := point{}
	p.X = 3 // ERROR "p.X undefined"
}
