package main

func f(a int, b ...string) {}

func main() {
	f(1, 2)
	f(1, []string{}...)
	g([]int{1}...)
}

func g(a int) {}
