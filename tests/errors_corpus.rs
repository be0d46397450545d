//! The compile-error corpus: every tests/errors/NAME.go is a small broken
//! program; `gorun check --error-format=go tests/errors/NAME.go` must exit
//! with status 1 and print exactly the lines real `go build` printed, as
//! recorded by scripts/regen-golden.sh in tests/errors/NAME.expected.
//!
//! Each program also carries go/types-style annotations: a comment
//! `// ERROR "text"` (several `ERROR "..."` may follow one `//`) on a line
//! where Go reports an error whose message contains `text`. The annotations
//! are checked against the recorded expectations (without running gorun), so
//! a reader sees in the source what must come out, and they cannot drift.
//!
//! Normalisation: trailing blanks are ignored, and Go's parenthesised
//! directory after "is not in std" is dropped (gorun has no GOROOT).
//! Programs the front end does not handle yet are listed in
//! tests/errors/PENDING (see harness::conclude). `GORUN_TEST_ONLY=a,b`
//! restricts the run; `GORUN_TEST_PRUNE_PENDING=1` drops passing programs
//! from PENDING.

#[path = "golden/harness.rs"]
mod harness;

use harness::Verdict;
use std::path::Path;
use std::process::Command;

/// One recorded diagnostic line: `path:line:col: message`, or a
/// continuation line (starting with a tab) of the message before it.
fn split_diagnostic(l: &str) -> Option<(u32, u32, &str)> {
    if l.starts_with('\t') {
        return None;
    }
    let (_, rest) = l.split_once(".go:")?;
    let mut parts = rest.splitn(3, ':');
    let line = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    Some((line, col, parts.next()?.trim_start()))
}

fn normalise(s: &str) -> String {
    s.lines()
        .map(|l| {
            let l = l.trim_end();
            match l.find(" is not in std (") {
                Some(i) => &l[..i + " is not in std".len()],
                None => l,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_one(name: &str) -> Verdict {
    let path = format!("tests/errors/{name}.go");
    let expected = std::fs::read_to_string(format!("tests/errors/{name}.expected"))
        .unwrap_or_else(|e| panic!("tests/errors/{name}.expected: {e}"));
    let mut cmd = Command::new(harness::gorun_bin());
    cmd.args(["check", "--error-format=go", &path])
        .env("NO_COLOR", "1");
    let got = harness::run_with_timeout(cmd, harness::timeout());
    let mut report = String::new();
    if got.timed_out {
        return Verdict::Fail(format!(
            "  timed out after {:?} (killed)\n",
            harness::timeout()
        ));
    }
    if got.status != Some(1) {
        report.push_str(&format!(
            "  exit status: expected 1, got {:?}\n",
            got.status
        ));
    }
    let (e, a) = (normalise(&expected), normalise(&got.stderr));
    if e != a {
        report.push_str(&format!("  errors differ:\n{}", harness::diff(&e, &a)));
    }
    if report.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(report)
    }
}

fn corpus() -> Vec<String> {
    harness::go_files("tests/errors")
        .into_iter()
        .map(|(n, _)| n)
        .collect()
}

#[test]
fn error_corpus() {
    let names = corpus();
    let only = harness::only_filter();
    let cases: Vec<String> = names
        .iter()
        .filter(|n| only.as_ref().is_none_or(|o| o.contains(n)))
        .cloned()
        .collect();
    let verdicts = harness::run_parallel(&cases, |n| check_one(n));
    let results = cases.into_iter().zip(verdicts).collect();
    harness::conclude(
        "errors",
        Path::new("tests/errors/PENDING"),
        &names,
        results,
        only.is_some(),
    );
}

/// The `ERROR "..."` annotations of one source line.
fn annotations(line: &str) -> Vec<String> {
    let Some(i) = line.find("// ERROR \"") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut rest = &line[i + 3..];
    while let Some(r) = rest.trim_start().strip_prefix("ERROR \"") {
        let mut text = String::new();
        let mut chars = r.char_indices();
        let mut end = r.len();
        while let Some((j, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        text.push(n);
                    }
                }
                '"' => {
                    end = j + 1;
                    break;
                }
                c => text.push(c),
            }
        }
        out.push(text);
        rest = &r[end..];
    }
    out
}

/// The corpus is large enough, every program has its expectation, every
/// expectation reports at least one error, and every annotation matches a
/// recorded error on its line.
#[test]
fn annotations_match_expectations() {
    let names = corpus();
    assert!(
        names.len() >= 80,
        "only {} programs in tests/errors",
        names.len()
    );
    let mut problems = Vec::new();
    let mut annotated = 0;
    for name in &names {
        let src_bytes = std::fs::read(format!("tests/errors/{name}.go")).unwrap();
        let src = String::from_utf8_lossy(&src_bytes);
        let Ok(expected) = std::fs::read_to_string(format!("tests/errors/{name}.expected")) else {
            problems.push(format!(
                "{name}: no .expected: run scripts/regen-golden.sh --errors {name}"
            ));
            continue;
        };
        let diags: Vec<(u32, u32, &str)> = expected.lines().filter_map(split_diagnostic).collect();
        // (gc's "function main is undeclared" comes from the linker, without
        // a position: such a line counts as an error but takes no annotation.)
        if expected.trim().is_empty() {
            problems.push(format!(
                "{name}: Go reported no error (the program compiles?)"
            ));
        }
        for (i, line) in src.lines().enumerate() {
            let lineno = i as u32 + 1;
            for want in annotations(line) {
                annotated += 1;
                if !diags
                    .iter()
                    .any(|&(l, _, m)| l == lineno && m.contains(&want))
                {
                    problems.push(format!(
                        "{name}:{lineno}: annotation {want:?} matches no recorded error on that line"
                    ));
                }
            }
        }
    }
    for e in std::fs::read_dir("tests/errors").unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "expected") {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            if !names.contains(&stem) {
                problems.push(format!("{} belongs to no program", p.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(annotated >= 80, "only {annotated} annotations");
}

#[test]
fn annotation_and_diagnostic_parsing() {
    assert_eq!(
        annotations(r#"	x := 1 // ERROR "a \"q\"" ERROR "b""#),
        ["a \"q\"", "b"]
    );
    assert!(annotations("x := 1 // ERRORS").is_empty());
    assert_eq!(
        split_diagnostic("tests/errors/a.go:3:8: undefined: x"),
        Some((3, 8, "undefined: x"))
    );
    assert_eq!(
        split_diagnostic("\ttests/errors/a.go:6:7: previous case"),
        None
    );
    assert_eq!(
        normalise("p.go:3:8: package foo is not in std ($GOROOT/src/foo)  \n"),
        "p.go:3:8: package foo is not in std"
    );
}
