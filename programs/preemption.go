// gorun:env GOMAXPROCS=1
// A goroutine spinning without blocking cannot starve the others, even on
// one P: Go preempts it, and so must gorun.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	spins := 0
	go func() {
		time.Sleep(20 * time.Millisecond)
		stop.Store(true)
	}()
	for !stop.Load() {
		spins++
	}
	fmt.Println("stopped after spinning:", spins > 0)
}
