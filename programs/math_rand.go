// math/rand: sequences differ between implementations, so only what always
// holds is printed: ranges, permutations, shuffles keep their elements.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	inRange := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(10); n < 0 || n >= 10 {
			inRange = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 {
			inRange = false
		}
	}
	fmt.Println("in range:", inRange)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println("perm sorted:", p)
	words := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	sort.Strings(words)
	fmt.Println("shuffled then sorted:", words)
	r := rand.New(rand.NewSource(42))
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[r.Intn(5)] = true
	}
	fmt.Println("all of 0..4 drawn:", len(seen) == 5)
	r1, r2 := rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 10; i++ {
		if r1.Int63() != r2.Int63() {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
}
