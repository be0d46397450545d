package main

type J interface{ int }

func main() {
	var j J
	var k interface{ int }
	_, _ = j, k
}
