package main

func main() {
	var f float32 = 1e100
	var i int = 1e3
	var j int = 1.5e0
	var s string = 65
	var b bool = 1
	_, _, _, _, _ = f, i, j, s, b
}
