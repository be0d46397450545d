package main

import "fmt"

func main() {
	select x {
	}
}
