package main

func main() {
	n := 1
	_ = n.(int) // ERROR "invalid operation: n (variable of type int) is not an interface"
}
