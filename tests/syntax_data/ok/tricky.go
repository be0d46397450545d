package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Point struct {
	X, Y float64
	tag  string `json:"tag,omitempty"`
	*sync.Mutex
}

func (p *Point) Scale(f float64) { p.X *= f; p.Y *= f }

func (Point) String() string { return "P" }

type Op func(float64, float64) float64

var ops = map[string]Op{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

var (
	_   = []struct{ a int }{{1}, {a: 2}}
	arr = [...]string{2: "b", 0: "a"}
	wg  = &sync.WaitGroup{}
	f0  = func() {}
)

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New("div")
		}
	}()
	q, r = a/b, a%b
	return
}

func init() {}

func main() {
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println(v)
	}
	for ; ; {
		break
	}
	ch := make(chan int, 3)
	done := make(chan struct{}, 1)
	done <- struct{}{}
	go func(c chan<- int) { c <- 1 }(ch)
	v, ok := <-ch
	_, _ = v, ok
	var x interface{} = 1
	switch y := x.(type) {
	case int, int64:
		fmt.Println(y)
	case nil:
	}
	switch z := 3; {
	case z > 1 && z < 5:
		fallthrough
	default:
	}
	select {
	case <-done:
	case <-time.After(time.Millisecond):
	default:
	}
	p := &Point{X: 1, Y: 2}
	scale := p.Scale
	scale(2)
	if *p == (Point{X: 2, Y: 4}) {
	}
	if q := (struct{ X int }{1}); q.X == 1 {
	}
	a := []int{3, 1, 2}
	a[0], a[1] = a[1], a[0]
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	s := []*Point{{X: 1}, &Point{Y: 2}}
	_ = s
	b := []byte("héllo")
	r := string(rune(65)) + strings.ToUpper(string(b[1:3]))
	_ = r + "\u00e9\t\x41\101" + `raw\n`
	n := 10
	n &^= 2
	n <<= 1
	if !ok {
	} else if n > 3 {
	} else {
	}
outer:
	for i := range 3 {
		for j := range a {
			if j > i {
				continue outer
			}
		}
	}
	for key := range map[string]int{"a": 1} {
		_ = key
	}
	c := counter()
	_ = c()
	q, rr, err := divmod(7, 2)
	_, _, _ = q, rr, err
	fmt.Println(ops["+"](1, 2), KB, MB, arr, wg != nil, f0 != nil)
	var sh Shape
	_ = sh
	var fn func(int) (string, error)
	_ = fn
	goto end
end:
}
