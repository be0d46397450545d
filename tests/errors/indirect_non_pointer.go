package main

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x (variable of type int)"
}
