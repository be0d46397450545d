package main

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {}}
	m["a"].x = 1 // ERROR "cannot assign to struct field m[\"a\"].x in map"
}
