package main

type I interface

func main() {}
