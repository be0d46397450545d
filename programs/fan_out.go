// Fan-out: several workers read from one job channel; results are gathered
// into a slice indexed by job, so the printed order is fixed.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, value, worker int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{job: j, value: j * 10, worker: id}
			}
		}(w)
	}
	go func() {
		for j := 0; j < 9; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	values := make([]int, 9)
	perWorker := 0
	for r := range results {
		values[r.job] = r.value
		if r.worker >= 1 && r.worker <= 3 {
			perWorker++
		}
	}
	fmt.Println(values)
	fmt.Println("results from valid workers:", perWorker)
}
