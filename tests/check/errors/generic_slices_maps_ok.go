// The slices and maps packages.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.Contains(s, 4), slices.Index(s, 5), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	t := slices.Clone(s)
	slices.Reverse(t)
	fmt.Println(t, slices.Equal(s, t))
	t = slices.Insert(t, 1, 100, 200)
	fmt.Println(t)
	t = slices.Delete(t, 0, 2)
	fmt.Println(t)
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c, len(m))
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
}
