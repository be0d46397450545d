package main

func main() {
	a := 1
	b := "s"
	_ = a + b
}
