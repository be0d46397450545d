package main

import "fmt"

func main() {
	for {
		break 1
	}
}
