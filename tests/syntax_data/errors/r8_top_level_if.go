package main

if true {
}

func main() {}
