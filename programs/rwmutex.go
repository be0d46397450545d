// sync.RWMutex: many readers at once, writers alone.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c", "d"}
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Set(k, i+1)
		}()
	}
	wg.Wait()
	var total int
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range keys {
				v, _ := c.Get(k)
				mu.Lock()
				total += v
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total read:", total)
	_, ok := c.Get("z")
	fmt.Println("z present:", ok)
	fmt.Println(c.data)
}
