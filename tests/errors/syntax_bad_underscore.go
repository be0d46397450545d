package main

func main() {
	n := 1__000 // ERROR "'_' must separate successive digits"
	_ = n
}
