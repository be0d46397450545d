package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(string(b), string(r), string(rune(65)), len(s))
	var f float64 = 3.7
	fmt.Println(int(f), float32(f))
}
