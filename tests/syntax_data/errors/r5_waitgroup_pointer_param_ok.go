package main

import (
	"fmt"
	"sync"
	"time"
)

func w(wg *sync.WaitGroup) { defer wg.Done() }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go w(&wg)
	wg.Wait()
	fmt.Println(time.Now())
}
