// A panic on purpose: a runtime index past a fixed-size array, and a
// string index.
package main

import "fmt"

func main() {
	word := "go"
	i := 1
	fmt.Println(word[i])
	arr := [4]int{}
	for i := 0; i <= len(arr); i++ {
		arr[i] = i
	}
}
