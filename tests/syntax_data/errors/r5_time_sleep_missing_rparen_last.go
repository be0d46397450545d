package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	time.Sleep(100 * time.Millisecond
}

func other() {
	fmt.Println(sync.Mutex{})
}
