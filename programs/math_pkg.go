// The math package: constants and common functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Exp(1), math.Sin(math.Pi/2), math.Cos(0))
	fmt.Println(math.IsInf(math.Inf(1), 1), math.IsNaN(math.NaN()), math.NaN() == math.NaN())
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint32)
	fmt.Println(math.MaxInt, math.Sqrt(-1), math.Log(0))
	fmt.Printf("%.5f %.10f\n", math.Pi, math.Sqrt2)
}
