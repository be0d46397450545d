package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := counter()
	inc()
	reset()
	fmt.Println(inc())
	x := 0
	defer func() { fmt.Println(x) }()
	x = 5
}
