package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	fmt.Println(1)}
	_ = sync.Mutex{}
	time.Sleep(1)
}
