package main

func main() {
	y := 1
	x := y++ // ERROR "syntax error: unexpected ++ at end of statement"
	_ = x
}
