package main

func main() {
	var f float64 = 1 + 2i
	var i int = 2i
	z := 1i
	_ = z < z
	_ = z % z
	x := 1
	_ = complex(x, 2)
	g := 1.0
	_ = real(g)
	_ = float64(z)
	_ = complex128(g)
	_ = f + float64(i)
}
