package main

func main() {
	a, b := "x", "y"
	_ = a - b // ERROR "operator - not defined on a"
}
