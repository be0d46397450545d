package main

import "fmt"

func main() {
	type P struct{ X int }
	p := P{X: 1; }
	fmt.Println(p)
}
