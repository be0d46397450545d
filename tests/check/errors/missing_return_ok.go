package main

func f(x int) int {
	for {
	}
}

func g(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() { f(1); g(2) }
