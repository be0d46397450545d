// Conversions among numeric types, strings and named types; type aliases.
package main

import "fmt"

type MyInt int
type Alias = int
type Names []string

func (n Names) Len() int { return len(n) }

func main() {
	var i int = 65
	f := float64(i) / 2
	fmt.Println(f, int(f), uint8(i), string(rune(i)))
	var m MyInt = MyInt(i) + 1
	var a Alias = i
	fmt.Printf("%T %T %v %v\n", m, a, m, a)
	ns := Names([]string{"a", "b"})
	fmt.Println(ns.Len(), []string(ns))
	b := []byte("héllo")
	r := []rune("héllo")
	fmt.Println(len(b), len(r), string(b[1:3]), string(r[1]))
	fmt.Println(float32(1)/3 == float32(float64(1)/3))
	var u uint32 = 1 << 31
	fmt.Println(int32(u), int64(u), uint16(u>>16))
	var e interface{} = m
	if v, ok := e.(MyInt); ok {
		fmt.Println("MyInt", v)
	}
	if _, ok := e.(int); !ok {
		fmt.Println("not an int")
	}
}
