package main

func main() {
	f := func() {}
	go f // ERROR "expression in go must be function call"
}
