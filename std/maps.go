// Package maps: every function of Go's package maps is generic, and gorun
// has no generics, so nothing is declared here. Plan (as for slices): the
// checker types the calls like built-ins and the interpreter binds them to
// the library natives of the same key (src/library/natives/slices.rs):
//
//	maps.Clone(m) M   maps.Equal(m1, m2) bool   maps.Copy(dst, src)
//	maps.DeleteFunc(m, del)   maps.Keys(m) iter.Seq[K]   maps.Values(m) iter.Seq[V]
//
// Keys and Values return func values (a native bound to the map) that call
// their yield argument for each entry; slices.Sorted(maps.Keys(m)) works.
package maps
