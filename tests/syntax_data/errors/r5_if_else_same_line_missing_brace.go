package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	if true {
		fmt.Println(1)
	} else
		fmt.Println(2)
	_ = sync.Mutex{}
	time.Sleep(1)
}
