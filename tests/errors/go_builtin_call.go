package main

func main() {
	s := []int{}
	go len(s) // ERROR "go discards result of len(s)"
}
