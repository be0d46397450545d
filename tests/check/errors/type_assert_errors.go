package main

type I interface{ M() }
type J interface{ M() int }

func main() {
	var i I
	_ = i.(J)
	x := 1
	_ = x.(int)
	_ = i.(string)
}
