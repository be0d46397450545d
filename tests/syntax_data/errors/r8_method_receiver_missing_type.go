package main

func (t) M() {}

func main() {}
