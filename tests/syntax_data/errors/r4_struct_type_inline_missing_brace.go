package main

import "fmt"

func main() {
	x := struct{ a int 
	fmt.Println(x)
}
