// Printing nested values: structs, pointers, slices of structs, maps of
// slices, nil values and embedded types with %v, %+v and %#v.
package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   interface{}
	Err   error
	inner bool
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"x", "y"}}, M: map[string]int{"b": 2, "a": 1}, Any: 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	o.Ptr = &Inner{A: 9}
	fmt.Printf("%v\n", o.Ptr)
	fmt.Printf("%+v\n", []*Inner{o.Ptr}[0])
	fmt.Printf("%#v\n", Inner{2, nil})
	fmt.Printf("%v %v\n", []Inner{{1, nil}, {2, []string{}}}, [2]bool{true})
	fmt.Printf("%v\n", map[string][]int{"k": {1, 2}, "a": nil})
	var ip *int
	var e error
	fmt.Println(ip, e, o.Any, []interface{}{1, "a", nil})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("bytes"))
}
