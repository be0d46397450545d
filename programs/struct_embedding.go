// Struct embedding: promoted fields and methods, shadowing by the outer
// type, embedding through a pointer, and interface satisfaction by promotion.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

type Describer interface{ Describe() string }

type Robot struct {
	Animal
	Model string
}

func (r Robot) Describe() string { return "robot " + r.Model }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	var ds Describer = d
	fmt.Println(ds.Describe())
	r := Robot{Animal{"R2", 0}, "astromech"}
	fmt.Println(r.Describe(), "|", r.Animal.Describe())
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	fmt.Printf("%+v\n", d)
}
