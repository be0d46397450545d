package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

type HandlerFunc func(int) int

func (f HandlerFunc) Apply(x int) int { return f(x) }

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

var _ error = (*MyErr)(nil)

type RW struct {
	io.Reader
	name string
}

type I interface{ M() int }
type T struct{ n int }

func (t T) M() int { return t.n }

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

const big = 1 << 62

func fail() (int, error) { return 0, &MyErr{3} }

func main() {
	var f32 float32 = 1 / 3.0
	r := 'a' + 1
	d := 2 * time.Second
	time.Sleep(1 * time.Millisecond)
	const c = 10
	var dur time.Duration = c * time.Millisecond
	n := 3
	sh := 1 << n
	var u8 uint8 = 1 << 7
	fmt.Println(f32, r, d, dur, sh, u8, KB, MB)
	var err error
	if err == nil || err == io.EOF {
		fmt.Println("nil")
	}
	var i interface{} = 1
	fmt.Println(i == 1, i != "x")
	type P struct{ X, Y int }
	fmt.Println(P{1, 2} == P{1, 2}, [2]int{1, 2} == [2]int{1, 2})
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	fmt.Println(fib(10), HandlerFunc(func(x int) int { return x * 2 }).Apply(4))
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 1 {
				continue outer
			}
			if a == 2 {
				break outer
			}
		}
	}
	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	anon := struct {
		A int `json:"a"`
	}{A: 1}
	fmt.Println(anon.A, anon)
	s := "héllo"
	for idx, ch := range s {
		fmt.Println(idx, ch, string(ch), s[idx])
	}
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs[0]), strings.ToUpper(s))
	ch := make(chan int, 1)
	select {
	case ch <- n * 2:
	default:
	}
	defer func() {
		if rec := recover(); rec != nil {
			fmt.Println("recovered", rec)
		}
	}()
	var x interface{} = "str"
	if v, ok := x.(string); ok {
		fmt.Println(v)
	}
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	args := []interface{}{1, "two"}
	fmt.Println(args...)
	words := ByLen{"ccc", "a", "bb"}
	sort.Sort(words)
	_, e := fail()
	var me *MyErr
	if errors.As(e, &me) {
		fmt.Println(me.code)
	}
	rw := RW{strings.NewReader("x"), "n"}
	buf := make([]byte, 4)
	nn, _ := rw.Read(buf)
	fmt.Println(nn, rw.name)
	var ii I = T{5}
	mexpr := I.M
	fmt.Println(mexpr(ii), T.M(T{6}))
	p := new(int)
	*p++
	cc := make(chan chan int, 1)
	var sendOnly chan<- chan int = cc
	_ = sendOnly
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
	dst := make([]byte, 3)
	copy(dst, "abc")
	a1, a2 := 1, 2
	a1, a2 = a2, a1
	var iv int = 2.0
	var i64 int64 = big
	str := "a"
	str += "b"
	fmt.Println(min(a1, a2), max(2.5, 1), iv, i64, str, math.MaxInt64, uint64(math.MaxUint64), math.Pi)
	for q := range len(s) {
		_ = q
	}
	arr := [...]int{1, 2, 3}
	var arr2 [len(arr)]int
	fmt.Println(len(arr2), cap(arr))
	b := n > 3 && k < 2 || !(n == 1)
	fmt.Println(b)
	if v, err := fail(); err != nil {
		fmt.Println(v, err)
	} else {
		fmt.Println("ok")
	}
	switch y := n * 2; y {
	case 6:
		fmt.Println("six")
		fallthrough
	case 7:
	default:
	}
	adder := func(base int) func(int) int {
		return func(x int) int { return base + x }
	}
	fmt.Println(adder(1)(2))
	var funcs []func()
	for j := 0; j < 3; j++ {
		funcs = append(funcs, func() { fmt.Println(j) })
	}
	if len(os.Args) > 5 {
		os.Exit(1)
	}
	var len = 3
	fmt.Println(len)
	fmt.Printf("%v %T\n", []int{1, 2}, m)
}
