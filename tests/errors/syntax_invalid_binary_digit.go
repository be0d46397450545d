package main

func main() {
	n := 0b102 // ERROR "invalid digit '2' in binary literal"
	_ = n
}
