// strings: the common functions, Builder, Replacer, Fields and Split forms.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, Wörld! Hello!  "
	fmt.Println(strings.Contains(s, "Wörld"), strings.Count(s, "Hello"), strings.Index(s, "o"), strings.LastIndex(s, "o"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2), strings.Split("abc", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!  "))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Title("hello world"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("x.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteRune('é')
	b.WriteByte('!')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.ToTitle("loud"), strings.Count("cheese", ""))
}
