package main

const n = -1

func main() {
	var a [n]int
	var b [1.5]int
	var c ["x"]int
	x := 3
	var d [x]int
	_, _, _, _ = a, b, c, d
	e := [...]int{1, 2}
	e[2] = 3
	var f [2]int = [3]int{}
	_ = f
}
