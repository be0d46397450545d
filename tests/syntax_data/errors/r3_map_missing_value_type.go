package main

import "fmt"

func main() {
	m := map[string]{}
	fmt.Println(m)
}
