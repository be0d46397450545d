//! The syntax error corpus: every tests/syntax_data/errors/*.go must give
//! gc's first syntax-layer error, text and line:col, as recorded from real
//! `go build` in expected.txt by tests/syntax_data/record_errors.sh.
//!
//! gc type-checks even when the scanner reported errors, so its output may
//! start with type errors at earlier positions ("declared and not used");
//! those lines belong to the checker and are skipped here. A case whose gc
//! output has no syntax-layer line must parse without error.

use gorun::diag::SourceFile;
use gorun::syntax::{ast::NodeIds, parse_file};
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

fn expectations(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read(dir.join("expected.txt")).expect("expected.txt");
    let text = String::from_utf8_lossy(&text);
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines() {
        let Some((name, _)) = line.split_once(':') else {
            continue;
        };
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
        let want = gc_lines.iter().find(|l| is_syntax_line(l));
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
