package main

import (
	"fmt"
)

func main() {
	var p *fmt.Stringer
	_ = p.String() // ERROR "type *fmt.Stringer is pointer to interface, not interface"
}
