// Timers and tickers: Stop before firing, Reset, AfterFunc, a ticker stopped
// after a few ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)

	ticker := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 4 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	d := 1500 * time.Millisecond
	fmt.Println(d, 2*time.Microsecond, 90*time.Minute, time.Duration(0), 3*time.Nanosecond)
	fmt.Println(d.Seconds(), d.Milliseconds())
}
