package main

import "fmt"

type T struct {
	A int `json:"a"`
}

func main() { fmt.Println(T{}) }
