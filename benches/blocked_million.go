// Benchmark: 1,000,000 goroutines blocked at once, then released.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
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
