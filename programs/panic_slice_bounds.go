// A panic on purpose: slice bounds out of range.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[1:5], len(s[:4]))
	hi := 6
	fmt.Println(s[2:hi])
}
