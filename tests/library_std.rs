//! The embedded std/*.go sources type-check with Go's own go/types (run
//! when the reference toolchain is present; skipped with a note otherwise).
//! Bodyless (native) declarations are accepted by go/types, so this checks
//! every signature and every Go body against real Go.

use std::path::Path;
use std::process::Command;

const GO: &str = "/work/venv-go/bin/go";

/// A small go/types driver: type-checks each named std package from
/// `<dir>/<path with / as _>.go`, importing the others the same way.
const CHECKER: &str = r#"package main

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
"#;

#[test]
fn std_sources_typecheck_with_go_types() {
    let go = std::env::var("GORUN_GO").unwrap_or_else(|_| GO.to_string());
    if !Path::new(&go).exists() {
        eprintln!("skipped: no Go toolchain at {go}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("gorun-stdcheck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.go"), CHECKER).unwrap();
    std::fs::write(dir.join("go.mod"), "module stdcheck\ngo 1.22\n").unwrap();
    let bin = dir.join("stdcheck");
    let built = Command::new(&go)
        .args(["build", "-o"])
        .arg(&bin)
        .arg(".")
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let std_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("std");
    let out = Command::new(&bin)
        .arg(&std_dir)
        .args(gorun::library::STD_PACKAGES)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "go/types errors in std/*.go:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
