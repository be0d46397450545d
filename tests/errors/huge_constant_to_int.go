package main

func main() {
	const huge = 1 << 500
	var n = huge // ERROR "overflows"
	_ = n
}
