package main

var x = x

var p = q
var q = p

func main() {}
