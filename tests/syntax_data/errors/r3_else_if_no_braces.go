package main

import "fmt"

func main() {
	if true {
	} else if false
		fmt.Println(1)
}
