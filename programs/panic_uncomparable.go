// A panic on purpose: comparing interface values whose dynamic type is a
// slice compiles, but fails at run time.
package main

import "fmt"

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
