package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	go func() {
		fmt.Println(1)
	()
	time.Sleep(1)
}
