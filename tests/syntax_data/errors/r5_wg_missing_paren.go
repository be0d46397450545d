package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
	fmt.Println(time.Now())
}
