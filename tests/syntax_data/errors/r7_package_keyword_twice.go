package main

import "fmt"

package x

func main() { fmt.Println() }
