// A panic on purpose with a plain int and with an error recovered, printed
// and converted.
package main

import (
	"errors"
	"fmt"
)

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v of type %T", r, r)
		}
	}()
	panic(errors.New("inner"))
}

func main() {
	fmt.Println(risky())
	panic(42)
}
