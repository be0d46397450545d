// Pointers: to locals, fields and elements; new; pointer receivers; nil.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func push(head *node, v int) *node { return &node{v, head} }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := new(int)
	fmt.Println(*p)
	*p = 5
	q := p
	*q++
	fmt.Println(*p, p == q)

	arr := []int{10, 20, 30}
	e := &arr[1]
	*e = 99
	fmt.Println(arr)

	type pt struct{ X, Y int }
	v := pt{1, 2}
	px := &v.X
	*px = 7
	fmt.Println(v)

	var head *node
	for i := 1; i <= 4; i++ {
		head = push(head, i)
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	var np *node
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 11
	fmt.Println(*p)
}
