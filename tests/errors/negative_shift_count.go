package main

func main() {
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 (untyped int constant)"
}
