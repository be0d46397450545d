package main

func main() {
	s := "abc
"
}
