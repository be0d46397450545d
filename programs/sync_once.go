// sync.Once: the initialiser runs exactly once however many goroutines ask.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]string{"mode": "teach", "level": "2"}
}

func get(key string) string {
	once.Do(loadConfig)
	return config[key]
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if get("mode") == "teach" {
				mu.Lock()
				seen++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("inits:", inits, "seen:", seen)
	fmt.Println(config)
}
