package main

import "fmt"

func f(a int = 1) {}

func main() {}
