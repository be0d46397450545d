// runtime.Goexit in main: main's deferred calls run, other goroutines go on;
// when the last one ends Go reports that no goroutines are left.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("helper finished")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
