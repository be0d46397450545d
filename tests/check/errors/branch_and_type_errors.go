package main

func main() {
	var x int = "s"
	break
	y := 1
}
