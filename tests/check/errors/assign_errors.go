package main

const c = 1

func main() {
	c = 2
	var a [3]int
	a[5] = 1
	m := map[string]struct{ x int }{}
	m["a"].x = 1
	s := "abc"
	s[0] = 'x'
	var p *int
	p.x = 1
	x, y := 1
	_, _ = x, y
}
