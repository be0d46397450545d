package main

import "fmt"

type Animal struct{ Name string }

func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Hello() string    { return "hi " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Greeter interface{ Hello() string }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	d.Rename("max")
	var g Greeter = d
	fmt.Println(d.Name, g.Hello())
}
