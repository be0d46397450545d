// A race condition: 4 goroutines increment a shared counter without
// synchronisation and updates may be lost. The exact total varies from run
// to run, so the program prints only what always holds; then the same work
// guarded by a Mutex always reaches the full count.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println("racy counter in range:", counter > 0 && counter <= 40000)

	var mu sync.Mutex
	safe := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				mu.Lock()
				safe++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("safe counter:", safe)
}
