package main

import (
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var wg sync.WaitGroup
	c := &Counter{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	println("count", c.n)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once") })
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println(el >= 20*time.Millisecond)
	select {
	case <-time.After(10 * time.Millisecond):
		println("timeout")
	}
	wg.Add(-1)
}
