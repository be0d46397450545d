package main

func main() {
	_ = []int{1, "a"}
	_ = [2]int{1, 2, 3}
	_ = [3]int{5: 1}
	_ = []int{0: 1, 0: 2}
	_ = map[string]int{1: 1}
	_ = map[string]int{"a"}
	_ = struct{ x int }{y: 1}
	_ = int{}
	type P struct{ x, y int }
	_ = &P{1, 2, 3}
	_ = []*P{{1, 2}, {x: 1}}
}
