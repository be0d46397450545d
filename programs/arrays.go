// Arrays are values: copied on assignment and calls, comparable, usable as
// map keys, multi-dimensional; pointer-to-array indexing and ranging.
package main

import "fmt"

func zero(a [3]int)        { a[0] = 0 }
func zeroPtr(a *[3]int)    { a[0] = 0 }
func sum(a [3]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b, a != [3]int{1, 2, 3})
	zero(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a, sum(b))
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c, fmt.Sprintf("%q", c))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[0]))
	seen := map[[2]int]bool{{1, 2}: true}
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	p := &a
	p[1] = 42
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(len(p))
	s := a[:]
	s[2] = 7
	fmt.Println(a, s)
}
