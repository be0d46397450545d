package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	var u uint8 = 255
	u++
	x := ^0
	var y uint16 = ^uint16(0)
	fmt.Println(KB, MB, GB, u, x, y, 7&^2, -7/2, -7%2, 1.0/3)
}
