package main

func main() {
	٣x := 1
}
