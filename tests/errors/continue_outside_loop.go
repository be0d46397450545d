package main

func main() {
	switch {
	default:
		continue // ERROR "continue is not in a loop"
	}
}
