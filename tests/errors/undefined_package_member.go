package main

import (
	"fmt"
)

func main() {
	fmt.Printline("hi") // ERROR "undefined: fmt.Printline"
}
