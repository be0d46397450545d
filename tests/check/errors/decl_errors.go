package main

var a, b = 1

const k int = "s"

type X int
type X string

func main() {
	var u, v int = 1, 2, 3
	_, _ = u, v
	const z = len([]int{})
}
