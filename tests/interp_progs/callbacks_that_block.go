package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("Counter(%d)", c.n)
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
				_ = c.String()
			}
		}()
	}
	wg.Wait()
	fmt.Println(c)
	ch := make(chan int, 1)
	xs := []int{5, 2, 8, 1}
	sort.Slice(xs, func(i, j int) bool {
		ch <- 1
		<-ch
		return xs[i] < xs[j]
	})
	fmt.Println(xs)
}
