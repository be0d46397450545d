package main

func main() {
	b := true
	_ = int(b) // ERROR "cannot convert b (variable of type bool) to type int"
}
