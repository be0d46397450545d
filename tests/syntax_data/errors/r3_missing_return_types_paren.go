package main

import "fmt"

func f() int, error {
	return 0, nil
}

func main() {}
