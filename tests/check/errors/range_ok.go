package main

import "fmt"

func main() {
	for i := range 10 {
		fmt.Println(i)
	}
	s := "héllo"
	for i, r := range s {
		fmt.Println(i, r)
	}
	var arr [3]int
	for i, v := range &arr {
		fmt.Println(i, v)
	}
	m := map[string]int{}
	for k, v := range m {
		fmt.Println(k, v)
	}
	ch := make(chan int)
	for v := range ch {
		fmt.Println(v)
	}
}
