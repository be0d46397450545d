package main

const c int8 = 100

func main() {
	_ = c * 2
}
