// unicode and unicode/utf8: classifying and mapping runes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 ,é世\t" {
		fmt.Printf("%q L=%t D=%t S=%t U=%t Lo=%t P=%t\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('世'), utf8.RuneCountInString("naïve"))
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xc3"))
	r, n := utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, n)
}
