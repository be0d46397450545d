package main

func main() {
	ÿ := 1 // ERROR "invalid UTF-8 encoding"
}
