package main

func main() {
	func inner() {} // ERROR "syntax error: unexpected name inner, expected ("
} // ERROR "non-declaration statement outside function body"
