// Floats print as Go's strconv does: shortest representation, exponent
// thresholds, special values, float32 precision, FormatFloat formats.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 0.1, 0.1 + 0.2, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1.0 / 3, math.Pi, 2e-308}
	for _, v := range vals {
		fmt.Println(v, strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64))
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(float32(0.1), float32(1)/3, float64(float32(0.1)))
	fmt.Printf("%v %g %.3g %10.4e|%-10.1f|\n", 1e6, 1e6, 1234.5678, 0.000123, 2.25)
	fmt.Printf("%f %.0f %.0f %.0f\n", math.MaxFloat32, 0.5, 1.5, 2.5)
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatFloat(0.000001234, 'g', 3, 64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32*2)
}
