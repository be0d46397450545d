// A panic on purpose inside a deferred call while panicking: Go reports both.
package main

import "fmt"

func main() {
	defer func() {
		panic("second, from defer")
	}()
	fmt.Println("start")
	panic("first")
}
