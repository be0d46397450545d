// Structs: comparison, use as map keys, value semantics, anonymous structs,
// struct tags ignored by fmt.
package main

import "fmt"

type Point struct{ X, Y int }

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

func move(p Point)       { p.X = 100 }
func movePtr(p *Point)   { p.X = 100 }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})
	visits := map[Point]int{}
	visits[a]++
	visits[b]++
	visits[Point{0, 0}]++
	fmt.Println(visits)
	move(a)
	fmt.Println(a)
	movePtr(&a)
	fmt.Println(a, a.Add(b))
	c := a
	c.Y = -1
	fmt.Println(a, c)
	anon := struct {
		Title string
		Pages int
	}{"Go", 380}
	fmt.Println(anon, anon.Title)
	people := []Person{{"Ann", 30}, {Name: "Bob"}}
	people[1].Age = 5
	fmt.Printf("%+v\n", people)
	var zero Person
	fmt.Printf("%q %d %v\n", zero.Name, zero.Age, zero == Person{})
	pp := &Person{"Cy", 3}
	pp.Age++
	fmt.Println(*pp, pp.Name)
}
