// Mutex.TryLock, and a WaitGroup reused after Wait with Go 1.25's wg.Go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock())
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var wg sync.WaitGroup
	results := make([]int, 4)
	for round := 1; round <= 2; round++ {
		for i := range results {
			wg.Go(func() {
				results[i] += i * round
			})
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
}
