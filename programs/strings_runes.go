// Strings are bytes; range decodes runes (U+FFFD for invalid bytes);
// conversions between string, []byte, []rune and rune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(s[1], s[0:1], []byte(s[:3]))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), rs[1])
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(string(rune(65)), string([]byte{72, 105}), string([]rune{0x4e16, 0x754c}))
	b := []byte("abc")
	b = append(b, "def"...)
	fmt.Println(string(b), len(b))
	raw := `raw\nstring`
	fmt.Println(raw, len(raw))
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "go"+"pher")
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.ValidString(bad))
	fmt.Printf("%q %v %c\n", s[1], s[1], 0x1F600)
}
