// Atomic counters: sync/atomic functions and types never lose an update.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var old int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				ops.Add(1)
				atomic.AddInt64(&old, 2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	fmt.Println("old:", atomic.LoadInt64(&old))
	fmt.Println("flag:", flag.Load())
	var n atomic.Int32
	fmt.Println(n.CompareAndSwap(0, 5), n.CompareAndSwap(0, 6), n.Load())
	fmt.Println(n.Swap(9), n.Load())
}
