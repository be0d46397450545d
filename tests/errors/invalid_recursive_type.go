package main

type node struct { // ERROR "invalid recursive type"
	val  int
	next node
}

func main() {
	var n node
	_ = n
}
