package main

func main() {
	return 1 // ERROR "too many return values"
}
