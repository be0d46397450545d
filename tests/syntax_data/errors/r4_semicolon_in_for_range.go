package main

import "fmt"

func main() {
	for i := range 10; {
	}
}
