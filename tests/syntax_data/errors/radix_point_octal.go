package main

func main() {
	x := 0o1.5
	_ = x
}
