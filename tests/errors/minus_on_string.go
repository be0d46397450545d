package main

func main() {
	s := "a"
	_ = -s // ERROR "operator - not defined on s"
}
