package main

import "fmt"

type Stringer interface{ String() string }
type T struct{}

func (t *T) String() string { return "" }

func show(s Stringer) { fmt.Println(s) }

func main() {
	var t T
	show(t)
	show(&t)
	var s Stringer = &t
	var t2 T = s
	_ = t2
}
