package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	x := 1
	switch x {
	1:
		fmt.Println(x)
	}
	_ = sync.Mutex{}
	time.Sleep(1)
}
