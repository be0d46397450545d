package main

const (
	a, b = 1
	c    = 1, 2
)

const d int

func main() {}
