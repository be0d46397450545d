package main

func main() {
	var x int = 1.5
	_ = x
}
