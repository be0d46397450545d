package main

import "fmt"

fmt.Println(1)

func main() {}
