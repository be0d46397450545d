package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock
	wg.Add()
	go fmt.Println
	defer wg.Done
	var x int = nil
	if x == nil {
	}
}
