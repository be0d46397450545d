package main

func f(a ...int, b int) {} // ERROR "can only use ... with final parameter"

func main() {
	f() // ERROR "not enough arguments in call to f"
}
