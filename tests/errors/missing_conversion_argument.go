package main

func main() {
	_ = int() // ERROR "missing argument in conversion to int"
}
