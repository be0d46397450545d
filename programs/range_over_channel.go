// Ranging over a channel: the loop ends when the sender closes it.
package main

import "fmt"

func main() {
	queue := make(chan string, 3)
	go func() {
		for _, w := range []string{"one", "two", "three", "four"} {
			queue <- w
		}
		close(queue)
	}()
	for elem := range queue {
		fmt.Println(elem)
	}
	_, ok := <-queue
	fmt.Println("open:", ok)
}
