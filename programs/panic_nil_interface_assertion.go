// A panic on purpose: a type assertion on a nil interface value.
package main

import "fmt"

func main() {
	var err error
	fmt.Println(err == nil)
	_ = err.(fmt.Stringer)
}
