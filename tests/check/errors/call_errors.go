package main

func f(a int, b ...string) int { return 0 }
func g() (int, int) { return 1, 2 }
func h(a, b, c int) {}

func main() {
	f(1, "a", 2)
	h(g())
	var x int = g()
	_ = x
	f(g())
}
