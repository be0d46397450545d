package main

type T struct{ Name string }

func (t T) Name() string { return "" }

type U struct {
	a int
	a string
}

func main() {}
