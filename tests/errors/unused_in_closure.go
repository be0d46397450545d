package main

func main() {
	f := func() {
		v := 3 // ERROR "declared and not used: v"
	}
	f()
}
