package main

func main() {
	_ = nil == nil // ERROR "operator == not defined on untyped nil"
}
