package main

import (
	"fmt"
)

type point struct{}

func main() {
	var s fmt.Stringer = point{} // ERROR "point does not implement fmt.Stringer (missing method String)"
	_ = s
}
