package main

func main() {
	var a [-1]int // ERROR "invalid array length -1 (untyped int constant)"
	_ = a
}
