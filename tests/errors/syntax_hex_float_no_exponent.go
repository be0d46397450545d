package main

func main() {
	f := 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_ = f
}
