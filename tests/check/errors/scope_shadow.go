package main

import "fmt"

func main() {
	x := 1
	{
		x := "s"
		fmt.Println(x)
	}
	if x := 2.5; x > 1 {
		fmt.Println(x)
	}
	fmt := 3
	_ = fmt
}
