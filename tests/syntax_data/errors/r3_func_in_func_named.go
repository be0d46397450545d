package main

import "fmt"

func main() {
	func helper() int { return 1 }
}
