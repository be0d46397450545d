package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id%1, j*j)
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	fmt.Println(out)

	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done

	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	select {}
}
