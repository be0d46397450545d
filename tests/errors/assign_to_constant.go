package main

func main() {
	const c = 1
	c = 2 // ERROR "cannot assign to c"
}
