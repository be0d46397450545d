// A deadlock on purpose: an empty select blocks forever; the goroutine that
// finishes first cannot save main.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper runs and exits")
		done <- true
	}()
	<-done
	select {}
}
