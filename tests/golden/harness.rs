//! Shared machinery of the data-driven test harnesses (tests/golden.rs and
//! tests/errors_corpus.rs): running the gorun binary with a timeout, the
//! PENDING expected-failure list, a line diff for mismatch reports, and
//! running many cases in parallel.
//!
//! Guarantees: a case never hangs the suite (the child is killed after its
//! timeout and reported as such); the PENDING list can only shrink honestly
//! (a pending case that passes fails the suite, as does a stale name); every
//! mismatch is reported with a diff of expected against actual output.

#![allow(dead_code)] // each harness uses its own subset

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The binary under test: gorun, or `GORUN_BIN` (scripts/go-as-gorun.sh
/// runs the real Go behind gorun's command line, to test the harness and the
/// expectations themselves).
pub fn gorun_bin() -> String {
    std::env::var("GORUN_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_gorun").to_string())
}

/// What one run of the binary produced.
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// Exit status; None when killed by a signal or by the timeout.
    pub status: Option<i32>,
    pub timed_out: bool,
}

/// Per-case timeout: `GORUN_TEST_TIMEOUT` seconds, default 20 (the machine is
/// shared and debug builds are slow; Go runs every program well under 1 s).
pub fn timeout() -> Duration {
    let secs = std::env::var("GORUN_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(20);
    Duration::from_secs(secs)
}

/// Runs `cmd` with stdin closed, collecting stdout and stderr, killing the
/// child once `limit` has passed.
pub fn run_with_timeout(mut cmd: Command, limit: Duration) -> Output {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Output {
                stdout: String::new(),
                stderr: format!("harness: cannot start {cmd:?}: {e}"),
                status: None,
                timed_out: false,
            }
        }
    };
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    // Readers on their own threads, so a chatty child never blocks on a full pipe.
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.code(),
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                timed_out = true;
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    Output {
        stdout,
        stderr,
        status,
        timed_out,
    }
}

/// The expected-failure list: case name to reason. Format: one case per line,
/// `name  reason...`; blank lines and `#` comments are ignored.
pub fn read_pending(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((n, r)) => (n.to_string(), r.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// Files in `dir` ending in `.go`, sorted, as (name without extension, path).
pub fn go_files(dir: &str) -> Vec<(String, PathBuf)> {
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, p)
        })
        .collect();
    v.sort();
    v
}

/// Restricts a run to the names listed in `GORUN_TEST_ONLY` (comma
/// separated), when that variable is set.
pub fn only_filter() -> Option<Vec<String>> {
    std::env::var("GORUN_TEST_ONLY")
        .ok()
        .map(|s| s.split(',').map(|x| x.trim().to_string()).collect())
}

/// Runs `check` on every case with a few worker threads (available cores,
/// at most 4) and returns the results in input order.
pub fn run_parallel<T: Sync, R: Send>(cases: &[T], check: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= cases.len() {
                    break;
                }
                let r = check(&cases[i]);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every case ran"))
        .collect()
}

/// A unified-style line diff of `expected` against `actual` (`-` expected
/// only, `+` actual only), computed by longest common subsequence; long
/// inputs are cut to keep reports readable.
pub fn diff(expected: &str, actual: &str) -> String {
    const MAX: usize = 400;
    let a: Vec<&str> = expected.lines().take(MAX).collect();
    let b: Vec<&str> = actual.lines().take(MAX).collect();
    let (n, m) = (a.len(), b.len());
    // lcs[i][j] = LCS length of a[i..] and b[j..].
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push_str(&format!("   {}\n", a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("  +{}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("  -{}\n", a[i]));
            i += 1;
        }
    }
    if expected.lines().count() > MAX || actual.lines().count() > MAX {
        out.push_str("  ... (cut)\n");
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str(&format!(
            "  (final newline: expected {}, actual {})\n",
            expected.ends_with('\n'),
            actual.ends_with('\n')
        ));
    }
    out
}

/// Rewrites the PENDING file without the cases that passed (and, on a full
/// run, without names that are no case), keeping comments and order. Only
/// removes: adding a case to PENDING is a decision with a reason.
fn prune_pending(path: &Path, results: &[(String, Verdict)], all_names: &[String], filtered: bool) {
    let passed: Vec<&str> = results
        .iter()
        .filter(|(_, v)| matches!(v, Verdict::Pass))
        .map(|(n, _)| n.as_str())
        .collect();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let name = l.split_whitespace().next().unwrap_or("");
            if l.trim_start().starts_with('#') || name.is_empty() {
                return true;
            }
            !passed.contains(&name) && (filtered || all_names.iter().any(|n| n == name))
        })
        .collect();
    let mut out = kept.join("\n");
    out.push('\n');
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("cannot rewrite {}: {e}", path.display());
    } else {
        eprintln!(
            "{}: pruned; the failures below are fixed on the next run",
            path.display()
        );
    }
}

/// The verdict on one case.
pub enum Verdict {
    Pass,
    /// Mismatch, with a human-readable report (diffs).
    Fail(String),
}

/// Combines verdicts with the PENDING list into the suite's outcome: prints
/// every problem and the `<label>: N passed, M pending` summary, and panics
/// (failing the cargo test) if a non-pending case failed, a pending case
/// passed, or PENDING names a case that does not exist.
pub fn conclude(
    label: &str,
    pending_path: &Path,
    all_names: &[String],
    results: Vec<(String, Verdict)>,
    filtered: bool,
) {
    let pending = read_pending(pending_path);
    let mut problems = Vec::new();
    let (mut passed, mut still_pending) = (0, 0);
    for (name, verdict) in &results {
        match (verdict, pending.get(name)) {
            (Verdict::Pass, None) => passed += 1,
            (Verdict::Pass, Some(_)) => problems.push(format!(
                "{name}: passes but is listed in {}: remove it from the list",
                pending_path.display()
            )),
            (Verdict::Fail(_), Some(_)) => still_pending += 1,
            (Verdict::Fail(report), None) => problems.push(format!("{name}: MISMATCH\n{report}")),
        }
    }
    if !filtered {
        for name in pending.keys() {
            if !all_names.contains(name) {
                problems.push(format!(
                    "{}: names `{name}`, which is not a case",
                    pending_path.display()
                ));
            }
        }
    }
    if std::env::var_os("GORUN_TEST_PRUNE_PENDING").is_some() {
        prune_pending(pending_path, &results, all_names, filtered);
    }
    for p in &problems {
        eprintln!("{p}\n");
    }
    println!("{label}: {passed} passed, {still_pending} pending");
    eprintln!("{label}: {passed} passed, {still_pending} pending");
    assert!(
        problems.is_empty(),
        "{label}: {} problem(s), see above",
        problems.len()
    );
}
