package main

import "fmt"

type F func int

func main() { fmt.Println() }
