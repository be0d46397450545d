//! The embedded std/*.go sources, checked without Go: every bodyless
//! declaration has a native, and package sort (std/sort.go run by gorun)
//! leaves ties in the order Go's sort does, against Go's output recorded by
//! scripts/regen-library.sh (tests/library_data/sort.go, sort.expected).
//! That the std sources type-check with Go's own go/types needs Go itself:
//! the script checks it (scripts/stdcheck.go) and fails loudly otherwise.

use gorun::interp::{run_source, RunOptions};
use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

#[path = "library_data/recorded.rs"]
mod recorded;

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

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn std_sort_orders_ties_exactly_as_go() {
    let path = recorded::data_dir().join("sort.go");
    let src = std::fs::read_to_string(&path).unwrap();
    let want = recorded::expected("sort");
    let (out, err) = (Buf::default(), Buf::default());
    let code = run_source(
        "sort.go",
        &src,
        &[],
        &RunOptions::default(),
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    let got = out.0.lock().clone();
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err.0.lock()));
    assert_eq!(want.iter().filter(|&&b| b == b'\n').count(), 3000);
    let (got, want) = (
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&want),
    );
    let diff: Vec<_> = got
        .lines()
        .zip(want.lines())
        .filter(|(g, w)| g != w)
        .map(|(g, w)| format!("gorun {g}\n   go {w}"))
        .take(20)
        .collect();
    assert!(
        diff.is_empty(),
        "trial n sort.Slice sort.SliceStable:\n{}",
        diff.join("\n")
    );
    assert_eq!(got, want);
}

/// scripts/regen-library.sh type-checks the packages named by the files
/// std/*.go (`_` as `/`): they must be exactly [`STD_PACKAGES`].
#[test]
fn std_files_are_the_std_packages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("std");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| Some(n.strip_suffix(".go")?.replace('_', "/")))
        .collect();
    files.sort();
    let mut pkgs: Vec<String> = gorun::library::STD_PACKAGES
        .iter()
        .map(|p| p.to_string())
        .collect();
    pkgs.sort();
    assert_eq!(files, pkgs);
}
