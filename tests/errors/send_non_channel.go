package main

func main() {
	x := 1
	x <- 1 // ERROR "cannot send to non-channel int x (variable of type int)"
}
