// The fmt verbs table: one value per line under each verb.
package main

import "fmt"

type point struct {
	X, Y int
}

type celsius float64

func main() {
	p := point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, []int{1}, &p)
	fmt.Printf("%t|%v\n", true, false)
	fmt.Printf("%d|%+d|%5d|%-5d|%05d\n", 42, 42, 42, 42, -42)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#o\n", 13, 13, 13, 255, 255, 255, 8)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', 'é')
	fmt.Printf("%e|%E|%f|%F|%g|%G\n", 123456.789, 123456.789, 3.14159, 2.5, 1e21, 1e-7)
	fmt.Printf("%.2f|%8.3f|%-8.2f|%08.3f|%+.1e\n", 3.14159, 2.71828, 1.5, -3.14159, 12345.678)
	fmt.Printf("%s|%q|%x|% x|%X\n", "hi", "a\"b\n", "hex", "hex", []byte("Go"))
	fmt.Printf("%10s|%-10s|%.2s|%*d|%-*d|\n", "right", "left", "truncate", 6, 7, 4, 8)
	fmt.Printf("%v|%d|%s\n", []string{"a", "b"}, []int{1, 2}, []string{"x"})
	fmt.Printf("%v|%v\n", map[string]int{"z": 1, "a": 2}, map[int]bool{3: true, 1: false})
	fmt.Printf("%v|%.1f|%T\n", celsius(21.5), celsius(21.5), celsius(0))
	fmt.Printf("%v|%v|%T|%T\n", nil, error(nil), nil, 'x')
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%#v|%#v|%#v\n", "s", 42, map[string]bool{"k": true})
	fmt.Printf("%x|%X|%x\n", -255, "Hello", 3.5)
	fmt.Printf("%q|%+q|%#q\n", "héllo", "héllo", "raw`not")
	fmt.Printf("%v %v %v %v\n", int8(-8), uint16(65535), float32(0.1), 1e100)
	fmt.Printf("%t %v\n", 1 < 2, struct {
		A int
		B string
	}{1, "x"})
}
