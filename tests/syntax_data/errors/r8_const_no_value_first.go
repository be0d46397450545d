package main

const (
	A
	B = 1
)

func main() {}
