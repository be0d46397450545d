//! Golden tests: every program in programs/ is run by the gorun binary and
//! compared with what the real Go toolchain printed for it, as recorded by
//! scripts/regen-golden.sh in tests/golden/NAME.{stdout,stderr,status}.
//!
//! What is compared (see the script's header for how files are recorded):
//! * the exit status;
//! * stdout, under the program's compare mode (a `// gorun:compare MODE`
//!   header comment or tests/golden/NAME.directives): `exact` (default),
//!   `sorted` (lines sorted), `words` (whitespace-separated words sorted), or
//!   `deterministic` (exact, with gorun run as `--deterministic`);
//! * stderr's first line (the panic or fatal error text); for a deadlock also
//!   every `goroutine N [reason]:` header, sorted, with ids other than main's
//!   1 written as N (Go's ids of other goroutines depend on its own system
//!   goroutines); for a compile error (status `1 compile`) every line, with
//!   gorun run as `--error-format=go`.
//!
//! Programs that gorun cannot run yet are listed in tests/golden/PENDING;
//! see harness::conclude for the rules. `GORUN_TEST_ONLY=a,b` restricts the
//! run; `GORUN_TEST_TIMEOUT=secs` changes the per-program timeout;
//! `GORUN_TEST_PRUNE_PENDING=1` drops passing programs from PENDING.

#[path = "golden/harness.rs"]
mod harness;

use harness::{Output, Verdict};
use std::path::{Path, PathBuf};
use std::process::Command;

/// How one program is run and compared, from its `// gorun:` directives.
#[derive(Default)]
struct Directives {
    args: Vec<String>,
    env: Vec<(String, String)>,
    mode: String,
}

/// Splits a directive value into words, keeping "double quoted" words whole.
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut any) = (false, false);
    for c in s.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(cur);
    }
    words
}

fn directives(src: &str, sidecar: &str) -> Directives {
    let mut d = Directives {
        mode: "exact".into(),
        ..Default::default()
    };
    // As in the script, the first occurrence of each directive wins.
    let (mut seen_args, mut seen_env, mut seen_mode) = (false, false, false);
    for line in src.lines().chain(sidecar.lines()) {
        let Some(rest) = line.trim().strip_prefix("// gorun:") else {
            continue;
        };
        let (key, value) = rest.split_once(' ').unwrap_or((rest, ""));
        match key {
            "args" if !seen_args => {
                seen_args = true;
                d.args = shell_words(value);
            }
            "env" if !seen_env => {
                seen_env = true;
                d.env = shell_words(value)
                    .into_iter()
                    .filter_map(|kv| {
                        kv.split_once('=')
                            .map(|(k, v)| (k.to_string(), v.to_string()))
                    })
                    .collect();
            }
            "compare" if !seen_mode => {
                seen_mode = true;
                d.mode = value.trim().to_string();
            }
            _ => {}
        }
    }
    d
}

/// What Go recorded for one program.
struct Expected {
    stdout: String,
    stderr: String,
    status: i32,
    compile_error: bool,
}

fn read(p: impl AsRef<Path>) -> String {
    // Lossy, like the captured output: a program may print invalid UTF-8.
    let p = p.as_ref();
    let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

fn expected(name: &str) -> Expected {
    let base = format!("tests/golden/{name}");
    let status = read(format!("{base}.status"));
    let mut it = status.split_whitespace();
    let code = it
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{base}.status: no exit status"));
    Expected {
        stdout: read(format!("{base}.stdout")),
        stderr: read(format!("{base}.stderr")),
        status: code,
        compile_error: it.next() == Some("compile"),
    }
}

/// stdout in the canonical form of a compare mode.
fn canonical(mode: &str, s: &str) -> String {
    match mode {
        "sorted" => {
            let mut lines: Vec<&str> = s.lines().collect();
            lines.sort_unstable();
            lines.join("\n") + "\n"
        }
        "words" => {
            let mut words: Vec<&str> = s.split_whitespace().collect();
            words.sort_unstable();
            words.join("\n") + "\n"
        }
        _ => s.to_string(),
    }
}

/// The `goroutine N [reason]:` headers of a goroutine dump, sorted, with
/// every id but 1 replaced by N.
fn goroutine_headers(stderr: &str) -> String {
    let mut v: Vec<String> = stderr
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("goroutine ")?;
            let (id, reason) = rest.split_once(' ')?;
            if !reason.starts_with('[') || !reason.ends_with("]:") {
                return None;
            }
            id.parse::<u64>().ok()?;
            let id = if id == "1" { "1" } else { "N" };
            Some(format!("goroutine {id} {reason}"))
        })
        .collect();
    v.sort();
    v.join("\n") + "\n"
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn compare(exp: &Expected, d: &Directives, got: &Output) -> Verdict {
    let mut report = String::new();
    if got.timed_out {
        return Verdict::Fail(format!(
            "  timed out after {:?} (killed)\n  stderr so far: {}\n",
            harness::timeout(),
            first_line(&got.stderr)
        ));
    }
    if got.status != Some(exp.status) {
        report.push_str(&format!(
            "  exit status: expected {}, got {}\n",
            exp.status,
            got.status
                .map_or("none (killed by a signal)".to_string(), |c| c.to_string())
        ));
    }
    let (e, a) = (
        canonical(&d.mode, &exp.stdout),
        canonical(&d.mode, &got.stdout),
    );
    if e != a {
        report.push_str(&format!(
            "  stdout differs (compare {}):\n{}",
            d.mode,
            harness::diff(&e, &a)
        ));
    }
    if exp.compile_error {
        let norm = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
        if norm(&exp.stderr) != norm(&got.stderr) {
            report.push_str(&format!(
                "  compile errors differ:\n{}",
                harness::diff(&exp.stderr, &got.stderr)
            ));
        }
    } else {
        let (e1, a1) = (first_line(&exp.stderr), first_line(&got.stderr));
        if e1 != a1 {
            report.push_str(&format!(
                "  stderr first line:\n    expected: {e1:?}\n    actual:   {a1:?}\n"
            ));
        } else if e1.starts_with("fatal error: all goroutines are asleep") {
            let (e, a) = (
                goroutine_headers(&exp.stderr),
                goroutine_headers(&got.stderr),
            );
            if e != a {
                report.push_str(&format!(
                    "  goroutine dump headers differ:\n{}",
                    harness::diff(&e, &a)
                ));
            }
        }
    }
    if report.is_empty() {
        Verdict::Pass
    } else {
        if !got.stderr.is_empty() && !exp.compile_error {
            let tail: Vec<&str> = got.stderr.lines().take(6).collect();
            report.push_str(&format!("  (gorun's stderr begins: {tail:?})\n"));
        }
        Verdict::Fail(report)
    }
}

fn run_program(name: &str, path: &Path) -> Verdict {
    let exp = expected(name);
    let sidecar =
        std::fs::read_to_string(format!("tests/golden/{name}.directives")).unwrap_or_default();
    let d = directives(&read(path), &sidecar);
    let mut cmd = Command::new(harness::gorun_bin());
    if exp.compile_error {
        cmd.arg("--error-format=go");
    }
    if d.mode == "deterministic" {
        cmd.arg("--deterministic");
    }
    cmd.arg(path).args(&d.args);
    cmd.env("NO_COLOR", "1").env_remove("GOMAXPROCS");
    for (k, v) in &d.env {
        cmd.env(k, v);
    }
    let got = harness::run_with_timeout(cmd, harness::timeout());
    compare(&exp, &d, &got)
}

fn programs() -> Vec<(String, PathBuf)> {
    // Paths relative to the package root, as gorun prints them in errors.
    harness::go_files("programs")
        .into_iter()
        .map(|(n, _)| {
            let p = PathBuf::from(format!("programs/{n}.go"));
            (n, p)
        })
        .collect()
}

#[test]
fn golden_programs() {
    let all = programs();
    let names: Vec<String> = all.iter().map(|(n, _)| n.clone()).collect();
    let only = harness::only_filter();
    let cases: Vec<&(String, PathBuf)> = all
        .iter()
        .filter(|(n, _)| only.as_ref().is_none_or(|o| o.contains(n)))
        .collect();
    let verdicts = harness::run_parallel(&cases, |(n, p)| run_program(n, p));
    let results = cases.iter().map(|(n, _)| n.clone()).zip(verdicts).collect();
    harness::conclude(
        "golden",
        Path::new("tests/golden/PENDING"),
        &names,
        results,
        only.is_some(),
    );
}

/// Every program has its three recorded files, and every recorded file
/// belongs to a program (so a renamed program cannot leave stale goldens).
#[test]
fn golden_files_match_programs() {
    let names: Vec<String> = programs().into_iter().map(|(n, _)| n).collect();
    let mut problems = Vec::new();
    for n in &names {
        for ext in ["stdout", "stderr", "status"] {
            if !Path::new(&format!("tests/golden/{n}.{ext}")).exists() {
                problems.push(format!(
                    "tests/golden/{n}.{ext} missing: run scripts/regen-golden.sh {n}"
                ));
            }
        }
    }
    for entry in std::fs::read_dir("tests/golden").unwrap().flatten() {
        let p = entry.path();
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !["stdout", "stderr", "status", "directives"].contains(&ext.as_str()) {
            continue;
        }
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        if !names.contains(&stem) {
            problems.push(format!("{} belongs to no program", p.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn directive_parsing() {
    let d = directives(
        "// gorun:args a \"b c\"  d\n// gorun:env X=1 Y=two\npackage main\n",
        "// gorun:compare sorted\n",
    );
    assert_eq!(d.args, ["a", "b c", "d"]);
    assert_eq!(
        d.env,
        [("X".into(), "1".into()), ("Y".into(), "two".into())]
    );
    assert_eq!(d.mode, "sorted");
    assert_eq!(canonical("words", "b a\nc "), "a\nb\nc\n");
    assert_eq!(canonical("sorted", "b\na\n"), "a\nb\n");
    let dump =
        "fatal error: x\n\ngoroutine 1 [chan receive]:\nmain.main()\n\ngoroutine 18 [select]:\n";
    assert_eq!(
        goroutine_headers(dump),
        "goroutine 1 [chan receive]:\ngoroutine N [select]:\n"
    );
}
