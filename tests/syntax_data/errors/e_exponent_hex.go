package main

func main() {
	x := 0b1e3
	_ = x
}
