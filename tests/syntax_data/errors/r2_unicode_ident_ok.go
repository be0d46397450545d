package main

import "fmt"

func main() {
	π := 3.14
	fmt.Println(π)
}
