package main

import "fmt"

type Grid struct {
	cells [4]int
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var a [5]int
	s := a[1:4]
	fill(s, 7)
	fmt.Println(a, s, len(s), cap(s))
	a[2] = 9
	fmt.Println(s[1])
	b := a
	b[0] = 100
	fmt.Println(a[0], b[0], a == b)
	a = [5]int{1, 2, 3, 4, 5}
	fmt.Println(s)
	p := &a
	p[3] = 40
	fmt.Println(s, *p)
	var g Grid
	gs := g.cells[:]
	gs[0] = 5
	fmt.Println(g.cells, g)
	t := append(s[:1], 8)
	fmt.Println(a, t)
	m := map[[5]int]bool{a: true}
	fmt.Println(m[a], len(m))
	for i, v := range a {
		a[4] = 0
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
