package main

var x = 5 6

func main() {}
