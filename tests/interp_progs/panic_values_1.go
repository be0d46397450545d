package main

import (
	"errors"
	"fmt"

)

type T int
type S struct{ A int }
type E struct{}

func (E) Error() string { return "custom err" }

func main() {
	defer fmt.Println("deferred")
	switch 1 {
	case 1:
		panic(T(3))
	case 2:
		panic(errors.New("boom err"))
	case 3:
		panic(S{1})
	case 4:
		panic(E{})
	case 5:
		defer func() { panic(recover()) }()
		panic("first")
	case 6:
		defer func() { panic("second") }()
		panic("first")
	case 7:
		var p *S
		fmt.Println(p.A)
	case 8:
		a := []int{1}
		i := 5
		fmt.Println(a[i])
	case 9:
		var m map[string]int
		m["a"] = 1
	case 10:
		x := 0
		fmt.Println(1 / x)
	case 11:
		panic(fmt.Sprintf("x%d", 1))
	case 12:
		panic(3.5)
	case 13:
		var i any = "s"
		fmt.Println(i.(int))
	case 14:
		defer func() { recover(); panic("again") }()
		panic("first")
	}
}
