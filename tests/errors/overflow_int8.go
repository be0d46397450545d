package main

func main() {
	var b int8 = 300 // ERROR "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"
	_ = b
}
