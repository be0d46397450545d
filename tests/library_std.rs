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

/// Natives still to be written, by key: each needs the runtime's sync
/// objects (branch `runtime`). The test fails if one of them gets a native
/// without being removed here, and for any other bodyless declaration
/// without a native.
const PENDING: &[&str] = &[];

/// The bodyless functions and methods of a std source, as native keys.
fn bodyless(path: &str, src: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for line in src.lines() {
        let Some(rest) = line.strip_prefix("func ") else {
            continue;
        };
        if line.trim_end().ends_with('{') || line.contains("{ ") && line.trim_end().ends_with('}') {
            continue;
        }
        let (recv, rest) = if let Some(r) = rest.strip_prefix('(') {
            let close = r.find(')').unwrap();
            let ty = r[..close]
                .split_whitespace()
                .last()
                .unwrap()
                .trim_start_matches('*');
            (Some(ty.to_string()), r[close + 1..].trim_start())
        } else {
            (None, rest)
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        keys.push(gorun::library::abi::native_key(
            path,
            recv.as_deref(),
            &name,
        ));
    }
    keys
}

#[test]
fn every_bodyless_declaration_has_a_native() {
    let mut missing = Vec::new();
    for path in gorun::library::STD_PACKAGES {
        let src = gorun::library::std_source(path).unwrap();
        for key in bodyless(path, src) {
            let has = gorun::library::natives::lookup(&key).is_some();
            let pending = PENDING.contains(&key.as_str());
            if has && pending {
                missing.push(format!("{key}: implemented, remove it from PENDING"));
            } else if !has && !pending {
                missing.push(key);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "natives missing:\n{}",
        missing.join("\n")
    );
}

/// A Go program comparing std/sort.go (compiled by real Go as package
/// mysort, its two natives replaced by reflect) with Go's own sort on
/// inputs full of ties: equal elements must end in the same order.
const SORT_CHECK: &str = r#"package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sortcheck/mysort"
)

type kv struct{ k, id int }

func main() {
	r := rand.New(rand.NewSource(1))
	bad := 0
	for trial := 0; trial < 3000; trial++ {
		n := r.Intn(300)
		keys := r.Intn(20) + 1
		a := make([]kv, n)
		for i := range a {
			a[i] = kv{r.Intn(keys), i}
		}
		if trial%3 == 0 {
			sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k }) // presorted input
		}
		if trial%5 == 0 {
			for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
				a[i], a[j] = a[j], a[i]
			}
		}
		b := append([]kv(nil), a...)
		c := append([]kv(nil), a...)
		d := append([]kv(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].k < a[j].k })
		mysort.Slice(b, func(i, j int) bool { return b[i].k < b[j].k })
		sort.SliceStable(c, func(i, j int) bool { return c[i].k < c[j].k })
		mysort.SliceStable(d, func(i, j int) bool { return d[i].k < d[j].k })
		if fmt.Sprint(a) != fmt.Sprint(b) || fmt.Sprint(c) != fmt.Sprint(d) {
			bad++
		}
	}
	fmt.Println("mismatches:", bad)
}
"#;

#[test]
fn std_sort_orders_ties_exactly_as_go() {
    let go = std::env::var("GORUN_GO").unwrap_or_else(|_| GO.to_string());
    if !Path::new(&go).exists() {
        eprintln!("skipped: no Go toolchain at {go}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("gorun-sortcheck-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("mysort")).unwrap();
    let src = gorun::library::std_source("sort")
        .unwrap()
        .replace("package sort\n", "package mysort\n\nimport \"reflect\"\n")
        .replace(
            "func sliceLen(x any) int\n",
            "func sliceLen(x any) int { return reflect.ValueOf(x).Len() }\n",
        )
        .replace(
            "func sliceSwap(x any, i, j int)\n",
            "func sliceSwap(x any, i, j int) { reflect.Swapper(x)(i, j) }\n",
        )
        .replace(
            "func Ints(x []int)\n",
            "func Ints(x []int) { Sort(IntSlice(x)) }\n",
        )
        .replace(
            "func Float64s(x []float64)\n",
            "func Float64s(x []float64) { Sort(Float64Slice(x)) }\n",
        )
        .replace(
            "func Strings(x []string)\n",
            "func Strings(x []string) { Sort(StringSlice(x)) }\n",
        );
    std::fs::write(dir.join("mysort/sort.go"), src).unwrap();
    std::fs::write(dir.join("main.go"), SORT_CHECK).unwrap();
    std::fs::write(dir.join("go.mod"), "module sortcheck\ngo 1.22\n").unwrap();
    let out = Command::new(&go)
        .args(["run", "."])
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.trim() == "mismatches: 0",
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
