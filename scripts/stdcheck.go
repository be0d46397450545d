// stdcheck.go: type-checks gorun's std/*.go with Go's own go/types (used
// by scripts/regen-library.sh; needs the Go toolchain).
//
// Usage: go run scripts/stdcheck.go STD_DIR PKG...
// Each package PATH is read from STD_DIR/<PATH with / as _>.go, importing
// the others the same way. Bodyless (native) declarations are accepted by
// go/types, so this checks every signature and every Go body against real
// Go. Prints each error and exits 1 if there is any.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

var dir string
var fset = token.NewFileSet()
var pkgs = map[string]*types.Package{}
var failed bool

type imp struct{}

func (imp) Import(path string) (*types.Package, error) { return load(path) }

func load(path string) (*types.Package, error) {
	if p, ok := pkgs[path]; ok {
		return p, nil
	}
	file := filepath.Join(dir, strings.ReplaceAll(path, "/", "_")+".go")
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: imp{}, Error: func(err error) { fmt.Println(err); failed = true }}
	p, _ := conf.Check(path, fset, []*ast.File{f}, nil)
	pkgs[path] = p
	return p, nil
}

func main() {
	dir = os.Args[1]
	for _, path := range os.Args[2:] {
		if _, err := load(path); err != nil {
			fmt.Println(err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}
