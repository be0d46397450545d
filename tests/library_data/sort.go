// Package sort on inputs full of ties: for each trial, a fingerprint of the
// order sort.Slice and sort.SliceStable leave equal elements in. Go's
// output is recorded by scripts/regen-library.sh in sort.expected;
// tests/library_std.rs runs this program with gorun (whose sort is
// std/sort.go) and compares. Inputs come from a fixed-seed xorshift.
package main

import (
	"fmt"
	"sort"
)

type kv struct{ k, id int }

var state uint64 = 0x2545F4914F6CDD1D

func next(n int) int {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return int(state % uint64(n))
}

// fingerprint is FNV-1a over the ids, in order.
func fingerprint(a []kv) uint64 {
	h := uint64(14695981039346656037)
	for _, e := range a {
		h ^= uint64(e.id)
		h *= 1099511628211
	}
	return h
}

func main() {
	for trial := 0; trial < 3000; trial++ {
		n := next(300)
		keys := next(20) + 1
		a := make([]kv, n)
		for i := range a {
			a[i] = kv{next(keys), i}
		}
		if trial%3 == 0 {
			sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k }) // presorted input
		}
		if trial%5 == 0 {
			for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
				a[i], a[j] = a[j], a[i]
			}
		}
		c := append([]kv(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		sort.SliceStable(c, func(i, j int) bool { return c[i].k < c[j].k })
		fmt.Println(trial, n, fingerprint(a), fingerprint(c))
	}
}
