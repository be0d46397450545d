// Method values bind their receiver; method expressions take it as the
// first argument; automatic & and * on calls.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	var c Counter
	inc := c.Inc
	apply(inc, 3)
	fmt.Println(c.Get())
	get := c.Get
	c.Inc()
	fmt.Println(get(), c.Get())

	add := Counter.Add
	fmt.Println(add(c, 10))
	pinc := (*Counter).Inc
	pinc(&c)
	fmt.Println(c.n)
	pget := (*Counter).Get
	fmt.Println(pget(&c))

	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).n)
	temps := []Celsius{0, 100, -40}
	for _, t := range temps {
		f := t.F
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(Celsius.F(37))
}
