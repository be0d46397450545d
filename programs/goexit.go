// runtime.Goexit ends a goroutine after running its deferred calls.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred runs on Goexit")
		fmt.Println("before Goexit")
		runtime.Goexit()
		fmt.Println("never printed")
	}()
	<-done
	fmt.Println("main continues")
}
