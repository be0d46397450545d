package main

func main() {
	var ok bool = "yes" // ERROR "in variable declaration"
	_ = ok
}
