package main

func main() {
	s := "a"
	_ = int(s)
	_ = int8(1000)
}
