package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	fmt.Println("hi")
}
