package main

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct{ *Base }

func (c *Cat) Sound() string { return "meow" }

type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }
func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	d := Dog{Base{"rex"}, "lab"}
	println(d.name, d.Name(), d.Base.name)
	c := &Cat{&Base{"tom"}}
	animals := []Animal{d, c}
	for _, a := range animals {
		println(describe(a))
	}
	var s Stack
	s.Push(1)
	s.Push(2)
	println(s.Pop(), len(s.items))
	ps := &s
	ps.Push(5)
	println(s.items[1])
	println(Celsius(100).F())
	f := d.Sound
	println(f())
	g := (*Stack).Push
	g(&s, 9)
	println(len(s.items))
	var a Animal
	println(a == nil)
	a = d
	_, isDog := a.(Dog)
	println(isDog, a != nil)
	type pair struct{ x, y int }
	p1, p2 := pair{1, 2}, pair{1, 2}
	println(p1 == p2)
	pp := &pair{3, 4}
	pp.x = 10
	q := *pp
	q.y = 0
	println(pp.x, pp.y, q.x, q.y)
}
