package main

func main() {
	n := 0o19 // ERROR "invalid digit '9' in octal literal"
	_ = n
}
