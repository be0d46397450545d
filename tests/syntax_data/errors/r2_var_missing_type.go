package main

import "fmt"

var x

func main() {}
