package main

func square(n int) int { return n * n }

func main() {
	square("3") // ERROR "as int value in argument to square"
}
