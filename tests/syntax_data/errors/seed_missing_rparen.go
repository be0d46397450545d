package main

import (
	"fmt"
	"time"
)

func printNumbers2() {
    for i := 0; i < 10; i++ {
        time.Sleep(1 * time.Microsecond
        fmt.Printf("%d ", i)
    }
}

func main() { printNumbers2() }
