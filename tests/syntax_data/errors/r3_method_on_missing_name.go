package main

import "fmt"

type T int

func (t T) () {}

func main() {}
