package main

import "time"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-done:
	case <-time.After(time.Second):
	default:
	}
}
