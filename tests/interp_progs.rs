//! Runs every program in tests/interp_progs/ through the interpreter and
//! compares with what the real Go toolchain printed (NAME.expected,
//! recorded by tests/interp_progs/regen.sh, never written by hand):
//! stdout, the exit status, and stderr up to the first traceback line.

mod interp_common;

use std::path::Path;

fn expected_of(src: &Path) -> String {
    std::fs::read_to_string(src.with_extension("expected"))
        .expect("missing .expected: run tests/interp_progs/regen.sh")
}

/// What the interpreter printed, in the .expected layout.
fn actual(src: &str) -> String {
    let (code, out, err) = interp_common::run_go(src);
    let mut s = out;
    s.push_str(&format!("--- exit {code}\n"));
    for line in err.lines() {
        if line.starts_with("goroutine ") && line.ends_with("]:") || line == "runtime stack:" {
            break;
        }
        s.push_str(line);
        s.push('\n');
    }
    s
}

/// Hides what legitimately differs: the faulting pc of a SIGSEGV line and
/// addresses in `panic: (T) 0x...` lines.
fn normalize(s: &str) -> String {
    s.lines()
        .map(|l| match l.find(" pc=0x") {
            Some(i) if l.starts_with("[signal SIGSEGV") => format!("{} pc=?]", &l[..i]),
            _ if l.starts_with("runtime: sp=") => "runtime: sp=?".to_string(),
            _ if l.starts_with("panic: (") => match l.rfind(" 0x") {
                Some(i) => format!("{} 0x?", &l[..i]),
                None => l.to_string(),
            },
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn programs_match_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interp_progs");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/interp_progs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    let only = std::env::var("GORUN_PROG").ok();
    let mut failed = Vec::new();
    for p in &names {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if only.as_ref().is_some_and(|o| *o != name) {
            continue;
        }
        let src = std::fs::read_to_string(p).unwrap();
        let want = normalize(&expected_of(p));
        let got = normalize(&actual(&src));
        if got != want {
            eprintln!("=== {name}: MISMATCH\n--- want\n{want}--- got\n{got}");
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} programs differ from Go: {failed:?}",
        failed.len(),
        names.len()
    );
}
