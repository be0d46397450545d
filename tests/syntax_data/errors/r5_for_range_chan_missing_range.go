package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	for v := ch {
		fmt.Println(v)
	}
	_ = sync.Mutex{}
	time.Sleep(1)
}
