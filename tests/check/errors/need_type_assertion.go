package main

func main() {
	var e interface{} = 1
	var x int = e
	_ = x
}
