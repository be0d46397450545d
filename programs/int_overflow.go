// Integer semantics: wrapping at every width, truncating division and
// remainder, shifts, unsigned wraparound, conversions that truncate.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, -i64)
	var u uint = 0
	fmt.Println(u - 1)
	a, b := -7, 2
	fmt.Println(a/b, a%b, -a/b, a%-b)
	x := 300
	fmt.Println(int8(x), uint8(x), uint16(-1*x), int64(int8(x)))
	var sh uint = 70
	fmt.Println(1<<10, 1<<sh == 0, -8>>1, uint8(200)>>3, int8(-128)>>7)
	var m int16 = -32768
	fmt.Println(m/-1, m*m)
	fmt.Println(0x7fff_ffff, 0o17, 0b1010, 017, 1_000_000)
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var xor uint8 = 0b1100
	fmt.Println(xor^0b1010, xor&^0b0100, ^xor, ^0)
}
