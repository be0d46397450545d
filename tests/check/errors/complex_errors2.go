package main

func main() {
	var f float64 = 1
	_ = complex(f, 1) + complex(float32(1), 2)
	_ = 1i << 2
	var z complex128
	z++
	_ = -z
	_ = ^z
	var c complex64 = 1e40i
	_ = int(2+0i) + int(1.5+0i)
	const d = 1 / 0i
	_ = c
}
