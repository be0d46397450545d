// gorun:compare deterministic
// The seed's WaitGroup program, unchanged, as the Go playground runs it: on
// one P with a fake clock that jumps only when every goroutine sleeps. Both
// goroutines wake at each tick; the recorded order is Go's faketime order
// (0 A B 1 2 C D 3 ...: the goroutine readied last runs first, Go's runnext).
package main

import "fmt"
import "time"
import "sync"

func printNumbers2(wg *sync.WaitGroup) {
	for i := 0; i < 10; i++ {
		time.Sleep(1 * time.Microsecond)
		fmt.Printf("%d ", i)
	}
	wg.Done()
}

func printLetters2(wg *sync.WaitGroup) {
	for i := 'A'; i < 'A'+10; i++ {
		time.Sleep(1 * time.Microsecond)
		fmt.Printf("%c ", i)
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go printNumbers2(&wg)
	go printLetters2(&wg)
	wg.Wait()
}
