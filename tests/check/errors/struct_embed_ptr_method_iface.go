package main

type I interface{ M() }

type Base struct{}

func (b *Base) M() {}

type Outer struct{ Base }
type Outer2 struct{ *Base }

func main() {
	var i I = &Outer{}
	i = Outer2{}
	i = Outer{}
	_ = i
}
