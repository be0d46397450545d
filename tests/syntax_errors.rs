//! The syntax error corpus: every tests/syntax_data/errors/*.go must give
//! gc's first syntax-layer error, text and line:col, as recorded from real
//! `go build` in expected.txt by tests/syntax_data/record_errors.sh.
//!
//! gc type-checks even when the scanner reported errors, so its output may
//! start with type errors at earlier positions ("declared and not used");
//! those lines belong to the checker and are skipped here. A case whose gc
//! output has no syntax-layer line must parse without error.

use gorun::diag::SourceFile;
use gorun::syntax::{ast::NodeIds, parse_file, parse_file_all};
use std::collections::BTreeMap;
use std::path::Path;

/// How gc's syntax-layer messages (scanner and parser, and the go
/// command's package clause check) begin; other lines come from the type
/// checker and belong to the checker's corpus.
const SYNTAX_MESSAGES: &[&str] = &[
    "syntax error: ",
    "invalid character",
    "identifier cannot begin with digit",
    "invalid NUL character",
    "invalid BOM",
    "invalid UTF-8",
    "invalid radix point",
    "literal has no digits",
    "exponent requires",
    "exponent has no digits",
    "hexadecimal mantissa requires",
    "invalid digit",
    "'_' must separate",
    "empty rune literal",
    "more than one character in rune literal",
    "newline in rune literal",
    "rune literal not terminated",
    "newline in string",
    "string not terminated",
    "comment not terminated",
    "unknown escape",
    "escape is invalid Unicode code point",
    "octal escape value",
    "expected 'package'",
    "expected 'IDENT'",
    "missing import path",
    "import path must be a string",
    "method has no receiver",
    "method has multiple receivers",
    "expression in go must",
    "expression in defer must",
    "middle index required",
    "final index required",
    "can only use ... with final parameter",
    "cannot use ~ outside",
    "range clause permits at most two iteration variables",
];

fn is_syntax_line(line: &str) -> bool {
    // NAME.go:LINE:COL: MESSAGE
    let msg = line.splitn(4, ':').nth(3).unwrap_or("").trim_start();
    SYNTAX_MESSAGES.iter().any(|m| msg.contains(m))
}

/// Cases where gorun knowingly differs from Go, with gorun's message.
const KNOWN_DIVERGENCES: &[(&str, &str)] = &[
    (
        "r3_generic_func.go",
        "r3_generic_func.go:5:9: type parameters (generics) are not supported by gorun",
    ),
    (
        // go/scanner's text; gc's scanner (gorun's model) says "more than
        // one character in rune literal".
        "r8_import_single_quotes.go",
        "r8_import_single_quotes.go:3:8: import path must be a string",
    ),
    (
        "r7_generic_type_decl.go",
        "r7_generic_type_decl.go:5:11: type parameters (generics) are not supported by gorun",
    ),
];

fn expectations(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read(dir.join("expected.txt")).expect("expected.txt");
    let text = String::from_utf8_lossy(&text);
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines() {
        let Some((name, _)) = line.split_once(':') else {
            continue;
        };
        // Continuation lines (gc's indented notes, linker messages) name
        // no case file.
        if !name.ends_with(".go") || name.contains(char::is_whitespace) {
            continue;
        }
        let lines = map.entry(name.to_string()).or_default();
        if !line.ends_with(": ok") {
            lines.push(line.to_string());
        }
    }
    map
}

#[test]
fn error_corpus_matches_gc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_data/errors");
    let mut failures = Vec::new();
    let cases = expectations(&dir);
    assert!(cases.len() >= 80, "corpus too small: {}", cases.len());
    for (name, gc_lines) in &cases {
        let bytes = std::fs::read(dir.join(name)).expect("case file");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let known = KNOWN_DIVERGENCES
            .iter()
            .find(|k| k.0 == name)
            .map(|k| k.1.to_string());
        let want = known.or_else(|| gc_lines.iter().find(|l| is_syntax_line(l)).cloned());
        let want = want.as_ref();
        let got = match parse_file(&text, &mut NodeIds::new()) {
            Ok(_) => None,
            Err(d) => Some(d.to_go_line(&SourceFile::new(name.clone(), text.clone()))),
        };
        if got.as_ref() != want {
            failures.push(format!("{name}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ from gc:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}

/// parse_file_all reports what gc reports up to its first syntax error
/// (gc's later syntax errors come from its own error recovery), every
/// lexical error, and keeps the tree exactly when gc goes on to type-check.
#[test]
fn all_errors_match_gc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_data/errors");
    let mut failures = Vec::new();
    let cases = expectations(&dir);
    for (name, gc_lines) in &cases {
        if KNOWN_DIVERGENCES.iter().any(|k| k.0 == name) {
            continue;
        }
        let bytes = std::fs::read(dir.join(name)).expect("case file");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        // gc type-checks unless a syntax error occurred; the go command's
        // own package clause and import checks stop before gc runs.
        let gc_syntax = gc_lines.iter().any(|l| {
            l.contains(": syntax error: ")
                || l.contains(": expected 'package'")
                || l.contains(": expected 'IDENT'")
                || l.contains(": missing import path")
                || l.contains(": import path must be a string")
                || l.contains(": illegal rune literal")
        });
        let mut seen_syntax = false;
        let want: Vec<&String> = gc_lines
            .iter()
            .filter(|l| is_syntax_line(l))
            .filter(|l| {
                let syntax = l.contains(": syntax error: ");
                let keep = !(syntax && seen_syntax);
                seen_syntax |= syntax;
                keep
            })
            .collect();
        let file = SourceFile::new(name.clone(), text.clone());
        let parsed = parse_file_all(&text, &mut NodeIds::new());
        let got: Vec<String> = parsed.errors.iter().map(|d| d.to_go_line(&file)).collect();
        let got_refs: Vec<&String> = got.iter().collect();
        if got_refs != want || parsed.tree.is_some() == gc_syntax {
            failures.push(format!(
                "{name}\n   want {want:?} (tree: {})\n   got  {got:?} (tree: {})",
                !gc_syntax,
                parsed.tree.is_some()
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} cases differ from gc:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn lexical_errors_leave_a_tree_to_check() {
    // gc type-checks after lexical errors: an unterminated raw string runs
    // to the end of the file, whose open block is closed for the checker.
    let src = "package main\n\nfunc main() {\n\ts := `abc\n\t_ = s\n}\n";
    let p = parse_file_all(src, &mut NodeIds::new());
    let msgs: Vec<&str> = p.errors.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(msgs, ["string not terminated"]);
    let tree = p.tree.expect("a tree for the checker");
    assert_eq!(tree.decls.len(), 1);
    // A syntax error leaves none.
    let p = parse_file_all("package main\nfunc main() { x := }\n", &mut NodeIds::new());
    assert!(p.tree.is_none());
    assert_eq!(p.errors.len(), 1);
}

#[test]
fn invalid_utf8_bytes_are_reported_and_skipped() {
    let (text, errs) =
        gorun::syntax::decode_source(b"package main\nfunc main() {\n\t\xff := 1\n}\n");
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message, "invalid UTF-8 encoding");
    let file = SourceFile::new("x.go", text.clone());
    assert_eq!(
        errs[0].to_go_line(&file),
        "x.go:3:2: invalid UTF-8 encoding"
    );
    // What follows is read as gc reads it (the byte skipped).
    let p = parse_file_all(&text, &mut NodeIds::new());
    let lines: Vec<String> = p.errors.iter().map(|d| d.to_go_line(&file)).collect();
    assert_eq!(lines, ["x.go:3:4: syntax error: unexpected :=, expected }"]);
}

#[test]
fn equal_errors_on_a_line_are_reported_once() {
    let src = "package main\nvar s = \"\\q\\q\"\nvar t = \"\\q\"\n";
    let p = parse_file_all(src, &mut NodeIds::new());
    let msgs: Vec<(u32, &str)> = p
        .errors
        .iter()
        .map(|d| (d.span.lo, d.message.as_str()))
        .collect();
    assert_eq!(msgs, [(23, "unknown escape"), (38, "unknown escape")]);
    assert!(p.tree.is_some());
}
