package main

type Celsius float64

func main() {
	_ = string(1.5)
	_ = []int("abc")
	_ = Celsius("x")
	_ = bool(1)
	_ = int(true)
	var f float64 = 1
	_ = string(f)
	_ = uint8(-1)
	_ = int(3.5)
}
