// Benchmark: select fan-in from 4 producers, 400,000 messages in total.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- 1
	}
	close(out)
}

func main() {
	const per = 100000
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go producer(per, a)
	go producer(per, b)
	go producer(per, c)
	go producer(per, d)
	total, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
			}
			total += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
			}
			total += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
			}
			total += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
			}
			total += v
		}
	}
	fmt.Println("messages:", total)
}
