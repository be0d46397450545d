// Benchmark: 4 workers consume 1,000,000 items from a buffered channel.
package main

import (
	"fmt"
	"sync"
)

func worker(jobs <-chan int, sum *int, wg *sync.WaitGroup) {
	s := 0
	for j := range jobs {
		s += j % 7
	}
	*sum = s
	wg.Done()
}

func main() {
	const items = 1000000
	jobs := make(chan int, 128)
	sums := make([]int, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, &sums[w], &wg)
	}
	for i := 0; i < items; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println("checksum:", sums[0]+sums[1]+sums[2]+sums[3])
}
