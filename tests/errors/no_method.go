package main

import (
	"strings"
)

func main() {
	var s strings.Builder
	s.Append("x") // ERROR "s.Append undefined"
}
