// gorun:compare deterministic
// The seed's WaitGroup program with the letters starting half a period later:
// numbers print at 0,10,20..ms and letters at 5,15,25..ms. Go prints them
// interleaved as "0 A 1 B ..." because the 5ms gaps dwarf scheduling noise;
// gorun's virtual clock orders the wake-ups the same way.
package main

import (
	"fmt"
	"sync"
	"time"
)

func printNumbers(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 10; i++ {
		fmt.Printf("%d ", i)
		time.Sleep(10 * time.Millisecond)
	}
}

func printLetters(wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(5 * time.Millisecond)
	for i := 'A'; i < 'A'+10; i++ {
		fmt.Printf("%c ", i)
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go printNumbers(&wg)
	go printLetters(&wg)
	wg.Wait()
	fmt.Println()
}
