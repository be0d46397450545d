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
	var total int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int) {
			atomic.AddInt64(&total, int64(v))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", atomic.LoadInt64(&total))
}
