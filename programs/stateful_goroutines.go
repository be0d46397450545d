// Stateful goroutines (Go by Example): one goroutine owns a map; readers and
// writers send it requests over channels instead of sharing memory.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	var readOps, writeOps atomic.Uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] = w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for r := 0; r < 10; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				req := readOp{key: i % 5, resp: make(chan int)}
				reads <- req
				<-req.resp
				readOps.Add(1)
			}
		}()
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				req := writeOp{key: w, val: i, resp: make(chan bool)}
				writes <- req
				<-req.resp
				writeOps.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("readOps:", readOps.Load())
	fmt.Println("writeOps:", writeOps.Load())
	final := readOp{key: 3, resp: make(chan int)}
	reads <- final
	fmt.Println("state[3]:", <-final.resp)
}
