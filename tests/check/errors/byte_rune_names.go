package main

func f(b byte, r rune, x any) {
	var n int = b
	var m int = x
	_, _ = n, m
}

func main() {
	s := "hello"
	if s[0] == "h" {
	}
	for _, c := range s {
		if c == "e" {
		}
	}
	r := 'a'
	var t string = r
	var b byte = 300
	b = "x"
	_, _ = t, b
	_ = byte(1) + "a"
}
