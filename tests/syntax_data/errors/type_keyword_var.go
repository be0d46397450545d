package main

func main() {
	type := 1
}
