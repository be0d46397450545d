package main

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }
func (p *Point) Move(d int) { p.X += d; p.Y += d }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	println("fib", fib(20))
	p := Point{1, 2}
	p.Move(3)
	println(p.X, p.Y, p.Sum())
	var s Shape = Sq{4}
	println(s.Area())
	xs := []int{}
	for i := 0; i < 5; i++ {
		xs = append(xs, i*i)
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	println(len(xs), sum)
	m := map[string]int{"a": 1}
	m["b"] += 2
	println(m["a"], m["b"], len(m))
	q, r := divmod(7, 2)
	println(q, r)
	q, r = divmod(7, 0)
	println(q, r)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		println(f())
	}
	switch x := 5; {
	case x > 3:
		println("big")
		fallthrough
	case x > 10:
		println("fall")
	default:
		println("default")
	}
	str := "héllo"
	for i, c := range str {
		println(i, c)
	}
	var sh Shape
	if v, ok := sh.(Sq); !ok {
		println("not sq", v.s)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
}
