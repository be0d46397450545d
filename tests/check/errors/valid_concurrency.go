package main

import (
	"context"
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	Job
	Out string
}

func worker(ctx context.Context, id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- Result{Job: j, Out: strings.Repeat(j.Data, id)}
		}
	}
}

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

var once sync.Once
var counter int64
var ops atomic.Int32

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, results, &wg)
	}
	for j := 0; j < 5; j++ {
		jobs <- Job{ID: j, Data: "x"}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		fmt.Println(r.ID, r.Out)
	}
	for v := range sq(gen(1, 2, 3)) {
		fmt.Println(v)
	}
	sm := SafeMap{m: make(map[string]int)}
	sm.Inc("a")
	once.Do(func() { fmt.Println("once") })
	atomic.AddInt64(&counter, 1)
	ops.Add(1)
	fmt.Println(atomic.LoadInt64(&counter), ops.Load(), runtime.NumGoroutine())
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(50 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case t := <-ticker.C:
			_ = t
			count++
		case <-timeout:
			break loop
		}
	}
	fmt.Println(count > 0, rand.Intn(10) < 10)
	done := make(chan struct{})
	go func() { done <- struct{}{} }()
	<-done
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	cond := sync.NewCond(&sync.Mutex{})
	_ = cond
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed < time.Second, elapsed.Seconds() >= 0)
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())
}
