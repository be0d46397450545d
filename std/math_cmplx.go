// Package cmplx: basic functions on complex numbers (the ones programs
// learning Go meet: absolute value, phase, polar form, square root,
// exponential, logarithm and power), written in Go on top of package math.
// Special values follow C99 Annex G as Go's package does. The results are
// as exact as gorun's package math, whose Sin, Cos, Exp and Log come from
// Rust and may differ from Go's in the last digit.
package cmplx

import "math"

// Abs returns the absolute value (modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the phase (argument) of x, in the range [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	return complex(r*math.Cos(θ), r*math.Sin(θ))
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an
// infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt returns the principal square root of x: the result r has
// real(r) >= 0 and the sign of imag(r) is the sign of imag(x).
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		// Real axis: keep the sign of the zero imaginary part.
		if re == 0 {
			return complex(0, im)
		}
		if re < 0 {
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		// Imaginary axis: sqrt(±bi) = sqrt(b/2) ± sqrt(b/2)i.
		if im < 0 {
			h := math.Sqrt(-0.5 * im)
			return complex(h, -h)
		}
		h := math.Sqrt(0.5 * im)
		return complex(h, h)
	}
	// Scale to keep |x| away from overflow and underflow, by powers of two
	// so that the scaling itself is exact: down by 4 (root: by 2) for
	// large parts, up by 2^54 (root: 2^27) for small ones.
	var back float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re, im = re/4, im/4
		back = 2
	} else {
		re, im = re*0x1p54, im*0x1p54
		back = 0x1p-27
	}
	m := math.Hypot(re, im)
	// The larger root part comes from sqrt((m + |re|)/2); the other is
	// im / (2 * that part), which avoids cancellation.
	var big, small float64
	if re > 0 {
		big = math.Sqrt(0.5*m + 0.5*re)
		small = back * math.Abs((0.5*im)/big)
		big *= back
		if im < 0 {
			return complex(big, -small)
		}
		return complex(big, small)
	}
	big = math.Sqrt(0.5*m - 0.5*re)
	small = back * math.Abs((0.5*im)/big)
	big *= back
	if im < 0 {
		return complex(small, -big)
	}
	return complex(small, big)
}

// Exp returns e**x, the base-e exponential of x. Infinite and NaN parts
// follow C99 Annex G: Exp(+Inf+0i) = +Inf+0i; Exp(-Inf±Inf i) and
// Exp(-Inf+NaN i) are zero; Exp(+Inf±Inf i) and Exp(+Inf+NaN i) are
// +Inf+NaN i; Exp(NaN+0i) = NaN+0i.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	wild := math.IsInf(im, 0) || math.IsNaN(im)
	switch {
	case math.IsInf(re, 1) && im == 0:
		return x
	case math.IsInf(re, -1) && wild:
		return complex(0, math.Copysign(0, im))
	case math.IsInf(re, 1) && wild:
		return complex(math.Inf(1), math.NaN())
	case math.IsNaN(re) && im == 0:
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	return complex(r*math.Cos(im), r*math.Sin(im))
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Pow returns x**y, the base-x exponential of y. Pow(0, y) is 1 for
// real(y) == 0, 0 for real(y) > 0, and Inf for real(y) < 0 (complex(+Inf,
// 0) when imag(y) is 0).
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		r, i := real(y), imag(y)
		switch {
		case r == 0:
			return 1
		case r < 0:
			if i == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	return complex(r*math.Cos(theta), r*math.Sin(theta))
}
