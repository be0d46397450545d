package main

import "fmt"

type Counter struct {
	mu    int
	count int
}

func (c Counter) Inc() { c.count++ }

func (c *Counter) Value() int { return c.count }

type Incrementer interface {
	Inc()
	Value() int
}

func main() {
	c := Counter{}
	var i Incrementer = c
	fmt.Println(i, c.value)
	Counter{}.Value()
}
