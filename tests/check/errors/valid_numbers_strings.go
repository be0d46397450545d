package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }


func main() {
	d := time.Duration(1.5 * float64(time.Second))
	var f float64 = 1 << 3
	u := uint(1) << 63
	var i8 int8 = -128
	x := 1 << 62
	y := x >> 1
	h := 0xFF
	o := 0o17
	b := 0b1010
	r := '\u00e9'
	s := "a\tb\n"
	raw := `c:\path`
	fmt.Println(d, f, u, i8, y, h, o, b, r, s, raw, Temp(21.5))
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Inf(1), math.NaN() != math.NaN())
	n, err := strconv.Atoi("42")
	fmt.Println(n, err, strconv.Quote("hi"), strconv.FormatInt(255, 16))
	fmt.Println(strings.Fields(" a b "), strings.Join([]string{"a", "b"}, ","), strings.Contains("abc", "b"))
	var sb strings.Builder
	sb.WriteString("x")
	sb.WriteByte('y')
	sb.WriteRune('z')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(unicode.IsLetter('a'), utf8.RuneCountInString("héllo"), utf8.RuneLen('é'))
	var total float64
	for _, v := range []float64{1, 2.5} {
		total += v
	}
	avg := total / float64(len([]int{1, 2}))
	fmt.Printf("%.2f %5d %-4s| %x %q %v %+v %T\n", avg, 42, "ab", 255, "q", []string{"a"}, struct{ A int }{1}, avg)
	ms := time.Now().Sub(time.Now()).Milliseconds()
	_ = ms
	const eps = 1e-9
	if math.Abs(avg-1.75) < eps {
		fmt.Println("ok")
	}
	var i interface{} = 3.0
	switch v := i.(type) {
	case float64:
		fmt.Println(int(v) + 1)
	}
	e := fmt.Errorf("wrap: %w", err)
	fmt.Println(e, int64(math.MaxInt32)+1, uint8(255)+0)
}
