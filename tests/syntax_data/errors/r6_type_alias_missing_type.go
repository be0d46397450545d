package main

import "fmt"

type A =

func main() { fmt.Println() }
