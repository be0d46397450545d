// Context cancellation: workers stop when the context is cancelled and
// report ctx.Err().
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, errs chan<- error) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			errs <- ctx.Err()
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, errs)
	}
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println("worker stopped:", err)
	}
	fmt.Println(ctx.Err() == context.Canceled)

	ctx2 := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(ctx2.Value("user"), ctx2.Value("missing"))
}
