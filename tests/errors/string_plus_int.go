package main

func main() {
	s := "n=" + 1 // ERROR "mismatched types untyped string and untyped int"
	_ = s
}
