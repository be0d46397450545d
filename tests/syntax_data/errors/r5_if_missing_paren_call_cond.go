package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	if len("a" > 0 {
	}
	_ = sync.Mutex{}
	fmt.Println(time.Now())
}
