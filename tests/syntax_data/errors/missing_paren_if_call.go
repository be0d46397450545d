package main

func f(int) bool { return true }

func main() {
	if f(1 {
	}
}
