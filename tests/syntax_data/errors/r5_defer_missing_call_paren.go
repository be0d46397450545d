package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock(
	fmt.Println(time.Now())
}
