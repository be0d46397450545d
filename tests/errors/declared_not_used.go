package main

func main() {
	count := 0 // ERROR "declared and not used: count"
}
