package main

func main() {
	var x int
	var s string = "a"
	x = s
	_ = x
}
