package main

func main() {
	s := "a"
	s++ // ERROR "invalid operation: s++ (non-numeric type string)"
}
