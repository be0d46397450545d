package main

import "fmt"

var (
	a = 1

func main() {}
