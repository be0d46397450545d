package main

import "fmt"

type Namer interface{ Name() string }

type Entity interface {
	Namer
	error
	ID() int
}

type E struct{}

func (E) Name() string  { return "e" }
func (E) Error() string { return "err" }

func main() {
	var e Entity = E{}
	fmt.Println(e.Name(), e.Error())
}
