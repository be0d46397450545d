package main

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		println(len(s), cap(s))
	}
	t := s[2:5]
	t[0] = 100
	println(s[2], len(t), cap(t))
	u := s[2:4:6]
	println(len(u), cap(u))
	u = append(u, 7)
	println(s[4])
	u = append(u, 8, 9)
	u[0] = -1
	println(s[2])
	m := make([]string, 2, 5)
	println(len(m), cap(m), m[0] == "")
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	println(grid[2][2], len(grid))
	var arr [5]int
	arr[1] = 9
	b := arr
	b[1] = 10
	println(arr[1], b[1], len(arr))
	ps := []*int{}
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	q := append([]int(nil), 1, 2, 3, 4, 5)
	println(len(q), cap(q))
	clear(q)
	println(q[0], q[4])
	var e []int
	println(e == nil, len(e[0:0]))
}
