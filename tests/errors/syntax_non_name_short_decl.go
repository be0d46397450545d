package main

func main() {
	var p struct{ x int }
	p.x := 1 // ERROR "non-name p.x on left side of :="
}
