package main

func main() {
	s := "unterminated // ERROR "newline in string"
	_ = s
}
