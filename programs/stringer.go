// fmt honours String(), Error() and GoString(); a pointer receiver String
// applies only to pointers.
package main

import (
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Fail struct{ code int }

func (f Fail) Error() string { return fmt.Sprint("fail code ", f.code) }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v\n", []*Vec{&v}, v)
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	fmt.Println(Fail{4})
	var err error = Fail{5}
	fmt.Printf("%v|%s|%d\n", err, err, Fail{6})
	m := map[Color]int{Green: 1, Red: 2}
	fmt.Println(m)
}
