// Rate limiting with a ticker: requests are served one per tick, in order.
// A bursty limiter lets the first 3 through at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.NewTicker(5 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("took at least 25ms:", time.Since(start) >= 25*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(5 * time.Millisecond) {
			bursty <- t
		}
	}()
	for req := 1; req <= 5; req++ {
		<-bursty
		fmt.Println("bursty request", req)
	}
}
