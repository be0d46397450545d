// Package slices: every function of Go's package slices is generic, and
// gorun has no generics, so nothing is declared here. Plan (shared with
// the checker and the interpreter): the checker types calls of these
// functions from their arguments, like built-ins, and the interpreter
// binds each call to the library native of the same key, which exists
// already (src/library/natives/slices.rs):
//
//	slices.Sort(s)                  slices.SortFunc(s, cmp)   slices.SortStableFunc(s, cmp)
//	slices.IsSorted(s) bool         slices.Contains(s, v) bool slices.Index(s, v) int
//	slices.ContainsFunc(s, f) bool  slices.IndexFunc(s, f) int slices.Reverse(s)
//	slices.Max(s) E                 slices.Min(s) E            slices.BinarySearch(s, v) (int, bool)
//	slices.Equal(a, b) bool         slices.Clone(s) S          slices.Insert(s, i, v...) S
//	slices.Delete(s, i, j) S        slices.Compact(s) S        slices.Sorted(seq) []E
//
// Sort and SortFunc reproduce Go's pdqsort, so ties end in Go's order.
package slices
