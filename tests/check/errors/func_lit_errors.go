package main

func main() {
	f := func(x int) int {
		y := 2
		return "s"
	}
	go f
	defer recover
	_ = f
}
