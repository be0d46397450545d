package main

type I interface{ M() }
type T struct{}
type U struct{}

func (*U) M() {}

func main() {
	var i I
	switch i.(type) {
	case T:
	case U:
	case *U:
	case string, *U:
	}
}
