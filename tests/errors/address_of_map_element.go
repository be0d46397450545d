package main

func main() {
	m := map[string]int{}
	_ = &m["a"] // ERROR "cannot take address of m[\"a\"]"
}
