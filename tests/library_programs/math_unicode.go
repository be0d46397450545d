// math, unicode and unicode/utf8: functions, constants and special values.
package main

import (
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Exp(1), math.Sin(math.Pi/2), math.Cos(0))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt8, math.MinInt16)
	for _, r := range "aZ5 !é\tЖ" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
	}
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"), utf8.RuneLen('世'))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
}
