package main

import "fmt"

func main() {
	defer (fmt.Println(1))
}
