package main

func main() {
	f := 1.5
	_ = f & 1 // ERROR "operator & not defined on f"
}
