package main

import "fmt"

func main() {
	map := 1
	fmt.Println(map)
}
