// A deadlock on purpose: a reader waits for a writer that never unlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.Lock()
	fmt.Println("write-locked")
	mu.RLock()
}
