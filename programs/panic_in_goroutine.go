// An unrecovered panic in a goroutine ends the whole program, with deferred
// calls of that goroutine run first.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("deferred in goroutine")
		var p *struct{ x int }
		fmt.Println(p.x)
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
