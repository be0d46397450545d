// Slices share their backing array: aliasing through re-slicing and append
// within capacity, the 3-index slice that limits capacity, copy.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:3]
	fmt.Println(a, len(a), cap(a))
	a[0] = 100
	fmt.Println(base)
	a = append(a, 200)
	fmt.Println(base, a)
	b := base[1:3:3]
	b = append(b, 300)
	b[0] = -1
	fmt.Println(base, b, cap(b))

	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)
	n = copy(base, base[2:])
	fmt.Println(n, base)

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), cap(empty))
	fmt.Println(append(nilSlice, 1), base[:0], base[len(base):])

	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid)
	bs := []byte("hello")
	bs[0] = 'j'
	fmt.Println(string(bs), string(bs[1:3]))
}
