// Producer/consumer: one producer, one consumer, a done channel to wait.
package main

import "fmt"

func producer(items chan<- int, n int) {
	for i := 1; i <= n; i++ {
		items <- i * i
	}
	close(items)
}

func consumer(items <-chan int, done chan<- int) {
	sum := 0
	for v := range items {
		fmt.Println("consumed", v)
		sum += v
	}
	done <- sum
}

func main() {
	items := make(chan int)
	done := make(chan int)
	go producer(items, 6)
	go consumer(items, done)
	fmt.Println("sum of squares:", <-done)
}
