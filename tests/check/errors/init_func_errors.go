package main

import "fmt"

func init() {
	fmt.Println("init")
}

func init(x int) {}

var init = 3

func main() {
	init()
}
