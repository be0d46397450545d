package main

import "slices"

func main() {
	s := []int{3, 1, 2}
	slices.Sort(s, 1)
	_ = slices.Index(s, "a")
	n := slices.Contains(s, 2)
}
