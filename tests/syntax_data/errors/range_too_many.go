package main

func main() {
	for a, b, c := range []int{} {
	}
}
