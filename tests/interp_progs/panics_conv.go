package main

type Shape interface{ Area() int }
type Sq struct{}

func (Sq) Area() int { return 1 }

func main() {
	var i interface{} = "str"
	if n, ok := i.(int); !ok {
		println("not int", n)
	}
	var s Shape = Sq{}
	_, isSq := s.(Sq)
	println(isSq)
	println(i.(int))
}
