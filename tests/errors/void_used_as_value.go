package main

func nothing() {}

func main() {
	x := nothing() // ERROR "nothing() (no value) used as value"
	_ = x
}
