package main

func main() {
	for i := range 3.5 { // ERROR "cannot range over 3.5"
		_ = i
	}
}
