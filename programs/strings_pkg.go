// The strings package: searching, splitting, joining, trimming, replacing,
// case mapping, Cut, Fields, Map, EqualFold, NewReplacer.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, Gophers! Hello, World!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "Go"), strings.ContainsRune(t, '!'), strings.ContainsAny(t, "xyz"))
	fmt.Println(strings.Count(t, "Hello"), strings.Index(t, "World"), strings.LastIndex(t, "Hello"), strings.IndexByte(t, ','))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "!"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("mIxEd"), strings.ToLower("MiXeD"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"))
}
