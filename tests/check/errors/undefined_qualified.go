package main

import "fmt"

func main() {
	fmt.Printx("a")
}
