// A deadlock on purpose: main receives from a channel nobody sends on.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value")
	fmt.Println(<-ch)
}
