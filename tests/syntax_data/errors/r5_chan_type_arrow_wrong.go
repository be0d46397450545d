package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var ch chan-> int
	_ = ch
	_ = sync.Mutex{}
	fmt.Println(time.Now())
}
