// Benchmark: unbuffered ping-pong, 500,000 round trips between two goroutines.
package main

import "fmt"

func main() {
	const rounds = 500000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println("round trips:", sum)
}
