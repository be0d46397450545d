// A panic on purpose that is recovered and raised again.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	fmt.Println("about to panic")
	panic("first failure")
}
