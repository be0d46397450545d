// sort: Ints, Strings, Float64s, Slice, SliceStable, Search, IsSorted.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 25}, {"eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)

	i := sort.SearchInts(ints, 3)
	fmt.Println(i, ints[i])
	j := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(j)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
