// A panic on purpose: sending on a closed channel, in a goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	go func() {
		ch <- 1
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
