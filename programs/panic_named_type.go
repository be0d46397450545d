// A panic on purpose with a value of a named basic type: Go prints the
// type's name and the value, main.Code(3).
package main

import "fmt"

type Code int

func main() {
	defer fmt.Println("deferred calls run before the crash")
	panic(Code(3))
}
