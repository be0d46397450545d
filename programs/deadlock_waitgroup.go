// A deadlock on purpose: Add(3) but only two goroutines call Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			fmt.Println("worker finished")
		}()
	}
	wg.Wait()
	fmt.Println("never printed")
}
