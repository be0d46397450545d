package main

func main() {
	x := foo()
	var y int = "s"
	z := 1 + "a"
	var w = nil
	a, b := 1
}
