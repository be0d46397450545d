package main

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, 8)
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func swap(a, b string) (string, string) { return b, a }

func named() (x, y int) {
	defer func() { x *= 2 }()
	x, y = 1, 2
	return x + 10, y
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

type op func(int, int) int

func main() {
	c := counter()
	c()
	c()
	println(c())
	d := counter()
	println(d())
	r := apply([]int{1, 2, 3}, func(x int) int { return x * x })
	println(r[0], r[1], r[2])
	println(sum(), sum(1, 2), sum([]int{4, 5, 6}...))
	a, b := swap("x", "y")
	println(a, b)
	println(named())
	println(fact(20))
	var add op = func(a, b int) int { return a + b }
	println(add(2, 3))
	for i := 0; i < 3; i++ {
		defer func() { println("defer", i) }()
	}
	var fs []func()
	for _, s := range []string{"a", "b"} {
		fs = append(fs, func() { println(s) })
	}
	for _, f := range fs {
		f()
	}
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	var nilf func()
	println(nilf == nil)
}
