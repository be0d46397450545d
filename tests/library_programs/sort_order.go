// sort: Ints, Strings, Slice with ties, SliceStable, Sort on an Interface,
// Search, Reverse.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	var people []person
	for i := 0; i < 40; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].age > people[j].age })
	fmt.Println(people)
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
