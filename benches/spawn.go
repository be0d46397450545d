// Benchmark: spawn 100,000 goroutines and wait for all with a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			total.Add(int64(i))
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("sum:", total.Load())
}
