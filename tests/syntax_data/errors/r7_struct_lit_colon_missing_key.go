package main

import "fmt"

func main() {
	type P struct{ X int }
	_ = P{: 1}
	fmt.Println()
}
