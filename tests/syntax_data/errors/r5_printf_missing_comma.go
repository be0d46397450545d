package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	x := 1
	fmt.Printf("%d\n" x)
	_ = sync.Mutex{}
	time.Sleep(1)
}
