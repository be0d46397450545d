// A panic on purpose: an interface-keyed map given a slice key.
package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m["s"] = "string"
	fmt.Println(len(m))
	m[[]string{"x"}] = "slice"
}
