// sort.Sort and sort.Stable with a hand-written sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	fruits := []string{"peach", "banana", "kiwi", "fig", "plum", "apple"}
	sort.Stable(byLength(fruits))
	fmt.Println(fruits)
	sort.Sort(sort.Reverse(byLength(fruits)))
	fmt.Println(len(fruits[0]), len(fruits[len(fruits)-1]))
	fmt.Println(sort.IsSorted(byLength(fruits)))
}
