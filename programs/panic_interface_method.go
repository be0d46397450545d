// A panic on purpose: asserting to an interface the dynamic type lacks.
package main

import "fmt"

type T struct{}

func main() {
	var v interface{} = T{}
	_, ok := v.(fmt.Stringer)
	fmt.Println(ok)
	s := v.(fmt.Stringer)
	fmt.Println(s)
}
