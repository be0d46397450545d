package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	x := ch <- 1
	_ = x
	_ = sync.Mutex{}
	fmt.Println(time.Now())
}
