package main

func main() {
	_ = len("a", "b") // ERROR "too many arguments"
}
