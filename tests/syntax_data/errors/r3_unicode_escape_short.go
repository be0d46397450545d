package main

import "fmt"

func main() {
	fmt.Println("\u12")
}
