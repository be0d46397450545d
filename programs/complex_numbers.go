// Complex numbers: literals, constants, arithmetic, conversions, the
// built-ins complex/real/imag, comparison, map keys and fmt's verbs.
package main

import (
	"fmt"
	"math"
)

type Phasor complex128

const (
	I      = 1i
	Euler  = -1 + 0i
	Big    = complex(1e300, -1e300)
	Folded = real(3+4i) * imag(2i)
)

func mandelbrot(c complex128) int {
	z := complex128(0)
	for n := 0; n < 50; n++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return n
		}
	}
	return 50
}

func main() {
	var z complex128 = complex(1, 2)
	w := 3 + 4i
	fmt.Println(z, w, z+w, z-w, z*w, z/w)
	fmt.Println(real(z), imag(w), z == w, z != w, z == complex(1, 2))
	fmt.Println(I*I, Euler, Big, Folded)
	fmt.Printf("%T %T %T %T\n", z, w, I, Folded)

	var c64 complex64 = complex(float32(1.1), 2.2)
	fmt.Println(c64, c64*c64, c64/3, real(c64), imag(c64))
	fmt.Printf("%T %T\n", c64, real(c64))
	fmt.Println(complex128(c64), complex64(z))

	// Division by zero gives infinities and NaNs, never a panic.
	zero := 0i
	fmt.Println(z/zero, zero/zero, complex(math.Inf(1), 1)/w)
	fmt.Println(complex(math.NaN(), 0) == complex(math.NaN(), 0))

	// Compound assignment, increment, negation.
	acc := 1 + 1i
	acc *= 2
	acc += 1i
	acc++
	acc = -acc
	fmt.Println(acc)

	// fmt verbs and flags.
	fmt.Printf("%v|%.2f|%e|%g|%+.1f|%8.2f|%-8.1f|\n", z, w, z, w, z, z, z)
	fmt.Printf("%#v %x %d\n", w, 1+2i, z)
	fmt.Printf("%v %v\n", complex(-0.0, math.Copysign(0, -1)), complex(math.Inf(-1), math.NaN()))
	fmt.Println(fmt.Sprint(z, w), fmt.Sprintf("%s", z))

	// Named complex types, map keys, slices, structs, interfaces.
	p := Phasor(2i)
	fmt.Printf("%v %T\n", p*p, p)
	m := map[complex128]string{1i: "i", -1i: "-i", 1: "one", 0: "zero"}
	fmt.Println(m, m[1i], len(m))
	pts := []complex64{1, 1i, -1, -1i}
	fmt.Println(pts)
	var any interface{} = w
	if v, ok := any.(complex128); ok {
		fmt.Println("complex128", v)
	}
	switch any.(type) {
	case complex64:
		fmt.Println("complex64")
	case complex128:
		fmt.Println("complex128 in switch")
	}
	type Pair struct{ A, B complex128 }
	fmt.Printf("%v %+v\n", Pair{1, 2i}, Pair{A: w})

	counts := make([]int, 0)
	for _, c := range []complex128{0, -1, 1i, 0.3 + 0.5i, -0.75 + 0.1i, 2} {
		counts = append(counts, mandelbrot(c))
	}
	fmt.Println(counts)
	fmt.Println(0x10i, 0b11i, 0o7i, 1e2i, .5i, 1_0i, 0123i)
}
