// A panic on purpose: closing a nil channel.
package main

import "fmt"

func main() {
	var ch chan bool
	fmt.Println(ch == nil)
	close(ch)
}
