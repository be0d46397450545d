package main

import "fmt"

func main() {
	func inner() {}
}
