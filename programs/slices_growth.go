// Append growth: the capacities Go's growslice picks, for several element
// sizes, when appending one at a time and many at once.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()

	var b []byte
	last = -1
	for i := 0; i < 200; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()

	var st []string
	last = -1
	for i := 0; i < 100; i++ {
		st = append(st, "s")
		if cap(st) != last {
			fmt.Print(cap(st), " ")
			last = cap(st)
		}
	}
	fmt.Println()

	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(y), cap(y))
	z := make([]int, 5, 5)
	z = append(z, 1)
	fmt.Println(len(z), cap(z))
	type pair struct{ a, b int64 }
	var ps []pair
	for i := 0; i < 20; i++ {
		ps = append(ps, pair{})
	}
	fmt.Println(len(ps), cap(ps))
}
