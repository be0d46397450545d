package main

func main() {
	s := "a"
	_ = -s
	_ = s * 2
	b := true
	_ = b + b
	_ = 1 % 2.5
	f := 1.5
	_ = f % 2
	_ = f << 1
	_ = 1 << -1
	x := 1
	_ = x << 1.5
	_ = ^f
}
