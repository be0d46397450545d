package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c uint32 = 1 << 31
	c *= 2
	println(c)
	var u uint64 = 1<<63 + 5
	println(u > 10, u/3, u%7)
	x := -7
	println(x/2, x%2, x>>1, -x>>1)
	var sh uint = 70
	println(1<<sh == 0, x<<3)
	var i16 int16 = -32768
	println(-i16, i16/-1)
	big, mid := 300, 70000
	println(int8(big), uint16(mid), int32(int64(big)<<40+3))
	f := 3.9
	println(int(f), int(-f), float64(7)/2)
	var f32 float32 = 0.1
	println(float64(f32) == 0.1)
	println(^5, 5&^3, 6|9, 6^3)
	r := 'a'
	println(r+1, string(r+1))
	println(min(3, 1, 2), max(2.5, 1.0))
}
