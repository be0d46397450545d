package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const (
		a = 1,
	)
	fmt.Println(a, sync.Mutex{}, time.Now())
}
