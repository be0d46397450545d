package main

func main() {
	x := 1
	var y x
	_ = y
}
