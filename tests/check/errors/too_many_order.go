package main

func main() {
	a := 1
	b := 2
	c := 3
	var x int = "1"
	var y int = "2"
	var z int = "3"
	var w int = "4"
	var v int = "5"
	var u int = "6"
	var t int = "7"
	var s int = "8"
	_, _, _, _, _, _, _, _ = x, y, z, w, v, u, t, s
}
