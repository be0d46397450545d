package main

type T struct {
	a int 5
}

func main() {}
