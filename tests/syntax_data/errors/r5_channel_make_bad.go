package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int,)
	fmt.Println(ch)
	_ = sync.Mutex{}
	time.Sleep(1)
}
