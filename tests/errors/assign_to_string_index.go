package main

func main() {
	s := "go"
	s[0] = 'G' // ERROR "cannot assign to s[0]"
}
