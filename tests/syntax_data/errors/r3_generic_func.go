package main

import "fmt"

func Map[T any](xs []T) []T { return xs }

func main() { fmt.Println(Map([]int{1})) }
