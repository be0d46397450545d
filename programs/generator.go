// Generators: functions that return a receive-only channel fed by a goroutine.
package main

import "fmt"

func fib(n int) <-chan int {
	c := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			c <- a
			a, b = b, a+b
		}
		close(c)
	}()
	return c
}

func countdown(from int) <-chan string {
	c := make(chan string, from+1)
	for i := from; i > 0; i-- {
		c <- fmt.Sprint(i, "...")
	}
	c <- "liftoff"
	close(c)
	return c
}

func main() {
	for v := range fib(12) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for s := range countdown(3) {
		fmt.Println(s)
	}
}
