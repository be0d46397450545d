package main

func main() {
	var x comparable // ERROR "cannot use type comparable outside a type constraint"
	_ = x
}
