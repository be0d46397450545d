package main

func main() {
	f := 2.0
	_ = f << 1 // ERROR "shifted operand f (variable of type float64) must be integer"
}
