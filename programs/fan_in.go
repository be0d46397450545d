// gorun:compare sorted
// Fan-in: several producers merged into one channel. The interleaving is up
// to the scheduler, so lines are compared sorted.
package main

import (
	"fmt"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	count := 0
	for s := range merge(producer("a", 3), producer("b", 4), producer("c", 2)) {
		fmt.Println(s)
		count++
	}
	fmt.Println("total", count)
}
