package main

import (
	"fmt"
)

type point struct{}

func main() {
	var s fmt.Stringer
	_ = s.(point) // ERROR "impossible type assertion"
}
