package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 
	fmt.Println(<-ch)
}
