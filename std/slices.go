// Package slices: every function of Go's package slices is generic, and
// gorun has no generics. Plan: the checker special-cases calls of
// slices.Sort, SortFunc, SortStableFunc, Contains, Index, IndexFunc,
// Reverse, Max, Min, BinarySearch, Equal, Insert, Delete, Clone, Compact
// like built-ins (typing them from the argument's slice type), and the
// interpreter binds them to natives "slices.Sort" etc. in src/library that
// work on any slice value. Nothing is declared here until then.
package slices
