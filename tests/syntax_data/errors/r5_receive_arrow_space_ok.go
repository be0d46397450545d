package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int, 1)
	ch <- 1
	v := <- ch
	fmt.Println(v, sync.Mutex{}, time.Now())
}
