package main

import "time"

func main() {
	n := 3
	time.Sleep(n * time.Second)
	time.Sleep(1.5 * time.Second)
	var d time.Duration = 2.5
	_ = d
	time.Sleep(time.Duration(n) * time.Second)
}
