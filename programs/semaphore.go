// A counting semaphore from a buffered channel: at most 3 of 10 goroutines
// are inside the critical section at any moment.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	inside, maxInside, done := 0, 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			mu.Unlock()
			time.Sleep(3 * time.Millisecond)
			mu.Lock()
			inside--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done:", done)
	fmt.Println("never more than 3 inside:", maxInside <= 3)
	fmt.Println("slots free again:", len(sem) == 0)
}
