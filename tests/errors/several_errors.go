package main

import "fmt"

func main() {
	a := 1 // ERROR "declared and not used: a"
	var b string = 2 // ERROR "as string value in variable declaration"
	fmt.Println(b, c) // ERROR "undefined: c"
	if b { // ERROR "non-boolean condition in if statement"
	}
}
