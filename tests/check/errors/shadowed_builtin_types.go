package main

import "fmt"

type int32 struct{}

func main() {
	var string = "s"
	true := false
	var x int32
	nil := 1
	fmt.Println(string, true, x, nil)
	var y string
	_ = y
}
