package main

func add(a, b int) int { return a + b }

func main() {
	add(1) // ERROR "not enough arguments in call to add"
}
