package main

import "fmt"

func main() {
	m := map[string]int{"a":}
	fmt.Println(m)
}
