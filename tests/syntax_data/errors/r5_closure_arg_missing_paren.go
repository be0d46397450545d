package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func(n int) {
			fmt.Println(n)
		}(i
	}
	_ = sync.Mutex{}
	time.Sleep(1)
}
