package main

func main() {
	var x := 1 // ERROR "syntax error: unexpected :="
	_ = x
}
