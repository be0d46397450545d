package main

const (
	a = real(3.5) + imag(1)
	b = complex(1, 2) * 2i
	c = real(b)
	d int = real(4 + 0i)
)

func main() {
	var z complex128
	_ = z == 1.5
	var f float32 = real(1i)
	var g complex64 = complex(f, f)
	_, _, _ = g, c, d
	_ = [int(imag(3i))]int{}
}
