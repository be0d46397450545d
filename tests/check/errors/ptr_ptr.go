package main

type T struct{ x int }

func (t *T) M() {}

func main() {
	var p **T
	_ = p.x
	p.M()
	var s *[]int
	_ = len(s)
	_ = s[0]
}
