package main

func main() {
	s := "abc"
	b := s[1]
	b = b + 'a'
	var r rune = b
	_ = s[1:2] + s[5]
	_ = s[:10]
	const cs = "abc"
	_ = cs[5]
	_ = r
}
