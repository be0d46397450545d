// gorun:compare sorted
// A worker pool as in Go by Example: 3 workers, 5 jobs. Which worker takes
// which job varies, so the per-job lines mention only the job; sorted compare.
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		_ = id
		fmt.Println("started job", j)
		time.Sleep(2 * time.Millisecond)
		fmt.Println("finished job", j)
		results <- j * 2
	}
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= numJobs; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
