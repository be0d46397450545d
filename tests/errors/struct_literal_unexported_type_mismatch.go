package main

type point struct{ x, y int }

func main() {
	_ = point{x: "one"} // ERROR "cannot use \"one\" (untyped string constant) as int value in struct literal"
}
