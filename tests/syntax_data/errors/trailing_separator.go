package main

func main() {
	x := 10_
	_ = x
}
