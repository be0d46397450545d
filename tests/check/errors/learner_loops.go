package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for i := range nums {
		fmt.Println(i)
	}
	for i, n := range nums {
		fmt.Println(n)
	}
	for n := range nums {
		total := 0
		total += n
	}
	m := map[string]int{}
	for k, v := range m {
		fmt.Println(k)
	}
}
