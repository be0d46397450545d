// Maps: literals, comma-ok, delete, len, clear, nil map reads, iteration
// collected and sorted, struct keys, maps printed in sorted key order.
package main

import (
	"fmt"
	"sort"
)

type key struct {
	x, y int
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 40
	v, ok := ages["dave"]
	fmt.Println(v, ok, len(ages))
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(ages)
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)

	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], grid)

	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(counts)
	fmt.Println(len(counts))

	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	fmt.Println(nested)
	m2 := map[float64]string{2.5: "b", -1: "a"}
	fmt.Println(m2)
}
