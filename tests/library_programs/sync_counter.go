// sync and sync/atomic: WaitGroup, Mutex, RWMutex, Once, atomic counters,
// Cond, sync.Map.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rw sync.RWMutex
	var n int
	var a atomic.Int64
	var c int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
			a.Add(2)
			atomic.AddInt32(&c, 1)
			rw.RLock()
			_ = n
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(n, a.Load(), atomic.LoadInt32(&c))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 2)
	fmt.Println(act, loaded)
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	fmt.Println(<-done)
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
	wg.Go(func() { fmt.Println("wg.Go") })
	wg.Wait()
}
