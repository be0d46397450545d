//! End-to-end checks of the library through the interpreter: every Go
//! program in tests/library_programs/ is run by gorun (deterministic mode)
//! and compared with what the real Go toolchain did, recorded by
//! scripts/regen-library.sh in tests/library_data/programs/NAME.expected
//! (header line, `status N`, `stderr <first line>`, then stdout): stdout,
//! the first line of stderr and the exit status must match. Runs without
//! Go; a program without a recording fails.
//!
//! `GORUN_RUN=path.go cargo test --test library_programs adhoc -- --nocapture`
//! runs one file and prints gorun's output (a debugging aid).

use gorun::interp::{run_source, RunOptions};
use parking_lot::Mutex;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[path = "library_data/recorded.rs"]
mod recorded;

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

fn run_gorun(path: &Path) -> (i32, String, String) {
    let src = std::fs::read_to_string(path).unwrap();
    let (out, err) = (Buf::default(), Buf::default());
    let opts = RunOptions {
        deterministic: true,
        seed: 1,
        ..Default::default()
    };
    let code = run_source(
        "prog.go",
        &src,
        &[],
        &opts,
        Box::new(out.clone()),
        Box::new(err.clone()),
    );
    let o = String::from_utf8_lossy(&out.0.lock()).into_owned();
    let e = String::from_utf8_lossy(&err.0.lock()).into_owned();
    (code, o, e)
}

/// Go's recorded (exit status, stdout, first line of stderr) for `name`.
fn recorded_go(name: &str) -> (i32, String, String) {
    let bytes = recorded::expected(&format!("programs/{name}"));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (status, rest) = text.split_once('\n').expect("status line");
    let (stderr, stdout) = rest.split_once('\n').expect("stderr line");
    let status = status
        .strip_prefix("status ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{name}.expected: bad status line {status:?}"));
    let stderr = stderr
        .strip_prefix("stderr ")
        .unwrap_or_else(|| panic!("{name}.expected: bad stderr line {stderr:?}"));
    (status, stdout.to_string(), stderr.to_string())
}

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/library_programs");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    v.sort();
    v
}

/// Programs that fail for reasons outside the library, with the reason
/// (minimal reproductions are in the library report). The test fails when
/// one of them starts passing, so the list only shrinks.
const PENDING: &[(&str, &str)] = &[];

/// gorun on `p` in a thread, with a time limit (a hang is reported, and the
/// thread is abandoned).
fn run_gorun_limited(p: &Path) -> Option<(i32, String, String)> {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = p.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(run_gorun(&path));
    });
    rx.recv_timeout(std::time::Duration::from_secs(20)).ok()
}

#[test]
fn library_programs_match_go() {
    let mut failures = Vec::new();
    let progs = programs();
    assert!(progs.len() >= 11, "programs were lost");
    for p in progs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let pending = PENDING.iter().any(|(n, _)| *n == name);
        let (gc, gout, gerr) = recorded_go(&name);
        let Some((rc, rout, rerr)) = run_gorun_limited(&p) else {
            if !pending {
                failures.push(format!("{}: gorun timed out", p.display()));
            }
            continue;
        };
        let first = |s: &str| s.lines().next().unwrap_or("").to_string();
        let same = gc == rc && gout == rout && first(&gerr) == first(&rerr);
        if same && pending {
            failures.push(format!("{name}: passes now, remove it from PENDING"));
        } else if !same && !pending {
            failures.push(format!(
                "{}: exit go {gc} gorun {rc}\n--- go stdout\n{gout}--- gorun stdout\n{rout}--- go stderr\n{gerr}--- gorun stderr\n{rerr}",
                p.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn adhoc() {
    if let Ok(p) = std::env::var("GORUN_RUN") {
        let (c, o, e) = run_gorun(Path::new(&p));
        print!("{o}");
        eprint!("{e}");
        println!("exit={c}");
    }
}

/// Runs every program of a directory (`GORUN_SWEEP=dir`) and reports, per
/// program, whether stdout and exit status match the recorded
/// `tests/golden/<name>.stdout` / `.status` beside it (a survey aid).
#[test]
fn sweep() {
    let Ok(dir) = std::env::var("GORUN_SWEEP") else {
        return;
    };
    let gold = std::env::var("GORUN_SWEEP_GOLDEN").unwrap_or_default();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(Path::new(&gold).join(format!("{name}.stdout")))
            .unwrap_or_default();
        let status = std::fs::read_to_string(Path::new(&gold).join(format!("{name}.status")))
            .unwrap_or_default();
        let (c, o, e) = run_gorun(&p);
        let ok = o == want && status.trim() == c.to_string();
        println!(
            "{} {name} (exit {c}, want {}) {}",
            if ok { "PASS" } else { "FAIL" },
            status.trim(),
            e.lines().next().unwrap_or("")
        );
    }
}
