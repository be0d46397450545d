// gorun:compare deterministic
// Sleep sort: each value sleeps value*5ms and then reports. Go prints them in
// ascending order since wake-ups are 5ms apart; under gorun's virtual clock
// the timers fire in deadline order, which gives the same output.
package main

import (
	"fmt"
	"time"
)

func main() {
	values := []int{7, 2, 9, 4, 1, 5}
	out := make(chan int)
	for _, v := range values {
		go func() {
			time.Sleep(time.Duration(v) * 5 * time.Millisecond)
			out <- v
		}()
	}
	for range values {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
