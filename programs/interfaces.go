// Interfaces: dynamic dispatch, embedding, value vs pointer receivers in
// method sets, type assertions with comma-ok, interface comparison.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) Name() string        { return "rect" }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func describe(s Shape) {
	fmt.Printf("%T area=%.2f perim=%.2f\n", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		describe(s)
	}
	var ns NamedShape = Rect{1, 2}
	fmt.Println(ns.Name(), ns.Area())
	if n, ok := shapes[0].(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := shapes[1].(Named); !ok {
		fmt.Println("circle has no name")
	}
	c, ok := shapes[1].(*Circle)
	fmt.Println(c.R, ok)
	var a, b interface{} = Rect{1, 1}, Rect{1, 1}
	fmt.Println(a == b, a != Rect{2, 2})
	var x interface{} = 3
	var y interface{} = int64(3)
	fmt.Println(x == y, x == 3)
}
