package main

import "fmt"

type Op func(int) int

func main() {
	var f, g Op
	fmt.Println(f == nil, f == g)
	m := map[Op]int{}
	_ = m
	var s []int
	switch s {
	case nil:
	}
}
