package main

import "fmt"

func main() {
	x := struct{ a int }{1}
	fmt.Println(x)
}
