package main

import "fmt"

func f(a int,, b int) {}

func main() {}
