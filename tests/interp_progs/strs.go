package main

func main() {
	s := "héllo, 世界"
	println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		println(i, r, string(r))
	}
	bs := []byte(s)
	bs[0] = 'H'
	println(string(bs), s)
	rs := []rune(s)
	println(len(rs), string(rs[1]), string(rs[7:]))
	t := ""
	for i := 0; i < 3; i++ {
		t += "ab"
	}
	println(t, t < "ac", "b" > "abc", t == "ababab")
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		println(i, r)
	}
	println(string(rune(65)), string(rune(-1)) == "\uFFFD")
	var sb []byte
	sb = append(sb, "xyz"...)
	println(string(sb), len(sb))
	n := copy(sb, "AB")
	println(n, string(sb))
}
