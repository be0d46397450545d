package main

type S struct {
	f []int
}

func main() {
	a, b := S{}, S{}
	_ = a == b
	m := map[S]int{}
	_ = m
	f1, f2 := func() {}, func() {}
	_ = f1 == f2
	_ = f1 == nil
}
