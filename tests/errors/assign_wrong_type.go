package main

func main() {
	var n int
	s := "x"
	n = s // ERROR "cannot use s (variable of type string) as int value in assignment"
	_ = n
}
