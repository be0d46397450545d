// Benchmark: 100,000 goroutines blocked on one channel, then released by
// closing it (peak RSS measures the cost of a parked goroutine).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait()
	close(release)
	done.Wait()
	fmt.Println("released:", n)
}
