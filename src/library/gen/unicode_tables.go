// Command unicode_tables writes src/library/unicode_tables.rs: the
// character classes and case mappings of the Go toolchain that runs it
// (facts taken from the real unicode and strconv packages, so gorun's
// unicode.IsLetter, strconv.IsPrint, ... answer exactly as Go's do).
//
// Regenerate: cd src/library/gen && GOTOOLCHAIN=local go run unicode_tables.go > ../unicode_tables.rs
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"unicode"
)

func ranges(name, doc string, pred func(rune) bool) {
	fmt.Printf("/// %s\npub static %s: &[(u32, u32)] = &[\n", doc, name)
	in := false
	var lo rune
	n := 0
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		p := r <= unicode.MaxRune && pred(r)
		if p && !in {
			lo, in = r, true
		} else if !p && in {
			fmt.Printf("(0x%x,0x%x),", lo, r-1)
			n++
			if n%12 == 0 {
				fmt.Println()
			}
			in = false
		}
	}
	fmt.Printf("\n];\n\n")
}

func pairs(name, doc string, f func(rune) rune) {
	fmt.Printf("/// %s\npub static %s: &[(u32, u32)] = &[\n", doc, name)
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if m := f(r); m != r {
			fmt.Printf("(0x%x,0x%x),", r, m)
			n++
			if n%12 == 0 {
				fmt.Println()
			}
		}
	}
	fmt.Printf("\n];\n\n")
}

func main() {
	fmt.Println("// @generated")
	fmt.Printf("// Unicode tables generated from Go %s by src/library/gen/unicode_tables.go:\n", runtime.Version())
	fmt.Println("// sorted inclusive ranges of each class and sorted (rune, mapped) pairs of")
	fmt.Println("// each mapping (runes absent from a mapping map to themselves). Do not edit.")
	fmt.Println()
	ranges("PRINT", "strconv.IsPrint.", strconv.IsPrint)
	ranges("GRAPHIC", "strconv.IsGraphic.", strconv.IsGraphic)
	ranges("LETTER", "unicode.IsLetter.", unicode.IsLetter)
	ranges("DIGIT", "unicode.IsDigit.", unicode.IsDigit)
	ranges("NUMBER", "unicode.IsNumber.", unicode.IsNumber)
	ranges("SPACE", "unicode.IsSpace.", unicode.IsSpace)
	ranges("UPPER", "unicode.IsUpper.", unicode.IsUpper)
	ranges("LOWER", "unicode.IsLower.", unicode.IsLower)
	ranges("TITLE", "unicode.IsTitle.", unicode.IsTitle)
	ranges("PUNCT", "unicode.IsPunct.", unicode.IsPunct)
	ranges("CONTROL", "unicode.IsControl.", unicode.IsControl)
	ranges("MARK", "unicode.IsMark.", unicode.IsMark)
	ranges("SYMBOL", "unicode.IsSymbol.", unicode.IsSymbol)
	ranges("UPRINT", "unicode.IsPrint.", unicode.IsPrint)
	ranges("UGRAPHIC", "unicode.IsGraphic.", unicode.IsGraphic)
	pairs("TO_UPPER", "unicode.ToUpper.", unicode.ToUpper)
	pairs("TO_LOWER", "unicode.ToLower.", unicode.ToLower)
	pairs("TO_TITLE", "unicode.ToTitle.", unicode.ToTitle)
	pairs("SIMPLE_FOLD", "unicode.SimpleFold.", unicode.SimpleFold)
}
