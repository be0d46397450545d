package main

func main() {
	x := 1.5
	for i := range x {
		_ = i
	}
}
