package main

func helper() {}

func helper() {} // ERROR "helper redeclared in this block"

func main() {
	helper()
}
