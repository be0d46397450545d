package main

func main() {
	var n int = 1 << 70 // ERROR "overflows"
	_ = n
}
