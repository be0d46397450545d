// A panic on purpose with a wrapped error from fmt.Errorf, after a recovered
// panic in another function (recovered panics leave no trace).
package main

import (
	"errors"
	"fmt"
)

var errBase = errors.New("disk full")

func tryRecover() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("handled")
}

func main() {
	tryRecover()
	panic(fmt.Errorf("save failed: %w", errBase))
}
