package main

import "fmt"

func work() {}

func main() {
	go work
}
