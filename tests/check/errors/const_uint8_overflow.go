package main

const x uint8 = 255

func main() {
	_ = x + 1
	var y uint8 = 256
	_ = y
	_ = -x
}
