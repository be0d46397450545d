package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

func main() {
	var a Acc
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go a.Add(i, &wg)
	}
	wg.Wait()
	f := a.Add
	_ = f
	fmt.Println(a.sum)
	var m sync.Mutex
	m2 := m
	_ = m2
}
