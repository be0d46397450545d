package main

const X =

func main() {}
