// time: timers, tickers, After, AfterFunc, and context deadlines on them.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired", t.Stop())
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)
	select {
	case <-time.After(2 * time.Millisecond):
		fmt.Println("after")
	}
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	fmt.Println(runtime.NumGoroutine())
}
