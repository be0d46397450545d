// A deadlock on purpose: Lock twice on the same Mutex (Go mutexes are not
// reentrant), while another goroutine waits on a channel.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) incr() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *counter) incrTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.incr()
	c.incr()
}

func main() {
	c := &counter{}
	c.incr()
	fmt.Println("n =", c.n)
	ch := make(chan int)
	go func() {
		<-ch
	}()
	c.incrTwice()
}
