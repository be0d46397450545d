package main

import "fmt"

const X int

func main() { fmt.Println(X) }
