package main

func a() {
	x := 1

func main() {}
