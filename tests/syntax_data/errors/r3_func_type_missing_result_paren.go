package main

import "fmt"

var f func() (int

func main() {}
