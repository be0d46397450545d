// Package maps: every function of Go's package maps is generic, and gorun
// has no generics. Plan: the checker special-cases maps.Clone, maps.Equal,
// maps.DeleteFunc, maps.Copy (and Keys/Values, which return iterators,
// later) like built-ins; the interpreter binds them to natives "maps.Clone"
// etc. in src/library. Nothing is declared here until then.
package maps
