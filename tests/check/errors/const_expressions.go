package main

import (
	"fmt"
	"math"
)

const (
	a = 'x' + 1
	b = "s" + "t"
	c = 10 / 4
	d = 10 / 4.0
	e = 1 << 10 >> 3
	f = math.MaxInt64 + 1
	g = -5 % 3
	h = 7 &^ 5
	i = len("héllo")
	j = ^uint8(1)
	k = 1e2 == 100
)

func main() {
	fmt.Println(a, b, c, d, e, g, h, i, j, k)
	fmt.Println(f)
	var x int64 = math.MaxInt64 + 0
	var y uint = -1
	_, _ = x, y
}
