package main

func main() {
	m := map[string]int{"a": 1, 2} // ERROR "missing key in map literal"
	_ = m
}
