package main

func main() {
	n := 0x // ERROR "hexadecimal literal has no digits"
	_ = n
}
