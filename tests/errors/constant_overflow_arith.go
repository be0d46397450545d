package main

func main() {
	const big int64 = 1 << 62
	_ = big * 4 // ERROR "overflows"
}
