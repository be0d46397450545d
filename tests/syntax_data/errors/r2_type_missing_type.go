package main

import "fmt"

type T

func main() {}
