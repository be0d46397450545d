// A quit channel stops a generator: the consumer takes what it needs and
// tells the producer to stop; the producer confirms before exiting.
package main

import "fmt"

func numbers(quit <-chan struct{}, stopped chan<- string) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- i:
			case <-quit:
				stopped <- "producer stopped"
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan struct{})
	stopped := make(chan string)
	c := numbers(quit, stopped)
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
	close(quit)
	fmt.Println(<-stopped)
}
