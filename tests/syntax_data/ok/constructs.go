package main

import (
	"errors"
	"fmt"
	m "math"
	_ "os"
	"sync"
	"time"
)

const (
	A = iota
	B
	C int = 1 << 10
)

var x, y int = 1, 2
var z = []int{1, 2, 3}

type T struct {
	a, b int
	c    string `json:"c"`
	*sync.Mutex
	fmt.Stringer
	next *T
}

type I interface {
	M(x int) (int, error)
	fmt.Stringer
	N()
}

type F func(int, ...string) bool
type Alias = map[string][]chan<- <-chan int

func (t *T) M(x int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New("x")
		}
	}()
	return x * 2, nil
}

func (T) String() string { return "T" }

func variadic(a, b int, rest ...string) {}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 10)
	done := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i
		}(i)
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	for range 10 {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	if t := (T{a: 1}); t.a == 1 {
		fmt.Println("ok")
	} else if x > 2 {
	} else {
	}
	switch x := 5; {
	case x > 3:
		fallthrough
	case x > 1, x < 0:
	default:
	}
	var e interface{} = 1
	switch v := e.(type) {
	case int, []string, map[string]int, func(), chan int, *T, nil:
		_ = v
	}
	switch e.(type) {
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-done:
	case <-time.After(time.Second):
	default:
	}
outer:
	for {
		for {
			break outer
		}
		continue outer
	}
	goto end
end:
	p := &T{}
	q := (*T)(p)
	_ = q
	fs := []func(){}
	_ = fs
	var c chan<- <-chan int
	_ = c
	a := [...]int{1, 2, 3}
	s := a[1:2:3]
	s = s[:]
	s = s[1:]
	s = append(s, s...)
	x += 1
	x <<= 2
	x &^= 1
	y = -x + ^x*2%3&^4
	b := !true || false && x != y
	_ = b
	f := 1.5e3 + 0x1p-2 + .5 + 1_000
	_ = f
	r := 'a' + '\n' + '\x41' + '\u00e9'
	_ = r
	str := "a\tb" + `raw
string`
	_ = str
	_ = m.Pi
	var pt struct{ X, Y int }
	_ = pt
	_ = [][]int{{1}, {2, 3}}
	_ = map[T]int{{a: 1}: 2}
	_ = []*T{{a: 1}}
	fn := func(a int) int { return a }
	_ = fn(1)
	_ = len([]byte("x"))
	_ = []byte("x")
	_ = interface{}(nil)
	_ = (func())(nil)
	_ = (<-chan int)(nil)
	_ = <-ch
	x++
	y--
	;
	{
	}
}
