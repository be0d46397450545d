package main

func main() {
	x := 5
	x() // ERROR "invalid operation: cannot call x (variable of type int): int is not a function"
}
