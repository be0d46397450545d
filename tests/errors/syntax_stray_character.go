package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U+0040 '@'"
	_ = x
}
