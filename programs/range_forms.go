// range over int, slice, array, string, map (sorted), channel, and the
// forms with one, two or no iteration variables.
package main

import (
	"fmt"
	"slices"
)

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	xs := []string{"a", "b", "c"}
	for i := range xs {
		fmt.Print(i)
	}
	for _, v := range xs {
		fmt.Print(v)
	}
	for range xs {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	for i, r := range "aé" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := make([]string, 0)
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	slices.Sort(keys)
	fmt.Println(keys, sum)
	var k string
	var v int
	for k, v = range map[string]int{"only": 9} {
	}
	fmt.Println(k, v)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
}
