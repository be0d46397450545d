package main

type T struct{}

func (t *T) M() {}

func main() {
	T{}.M()
	f := T.M
	_ = f
}
