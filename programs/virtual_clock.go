// gorun:compare deterministic
// Under a virtual clock time moves only when every goroutine is blocked, and
// then straight to the next timer: measured durations are exact, a ticker
// fires an exact number of times before a deadline, and a timeout races a
// worker with a fixed outcome. Recorded from the Go playground's fake clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("slept:", time.Since(start))

	ticker := time.NewTicker(10 * time.Millisecond)
	deadline := time.After(55 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks before deadline:", ticks)

	result := make(chan string, 1)
	go func() {
		time.Sleep(40 * time.Millisecond)
		result <- "worker done"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(25 * time.Millisecond):
		fmt.Println("timed out after", time.Since(start))
	}
	fmt.Println("total:", time.Since(start))
}
