package main

import (
	"fmt"
	str "strings" // ERROR "\"strings\" imported as str and not used"
)

func main() {
	fmt.Println()
}
