//! The checker's error corpus: every `tests/check/errors/NAME.go` is checked
//! by gorun and the result compared with `NAME.out`, which holds what the real
//! `go build` prints for it (regenerate with `tests/check/regen.sh`): the
//! messages, positions, order and "too many errors" cut-off, or `OK` for a
//! program that builds.

use std::path::Path;

/// gorun's verdict in gc's one-line form, as regen.sh normalises go's output.
fn gorun_output(name: &str, text: &str) -> String {
    let mut ids = gorun::syntax::ast::NodeIds::new();
    match gorun::check::check_source(&format!("./{name}"), text, &mut ids) {
        Ok(_) => "OK\n".to_string(),
        Err(e) => e
            .to_go_lines()
            .iter()
            .map(|l| format!("{}\n", l.strip_prefix("./").unwrap_or(l)))
            .collect(),
    }
}

#[test]
fn error_corpus_matches_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check/errors");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let filter = std::env::var("CHECK_FILTER").unwrap_or_default();
    let (mut total, mut failed) = (0, Vec::new());
    for path in entries {
        if path.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.contains(&filter) {
            continue;
        }
        total += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("out"))
            .expect("missing .out: run tests/check/regen.sh");
        let got = gorun_output(&name, &text);
        if got != want {
            failed.push(format!("--- {name}\nwant:\n{want}got:\n{got}"));
        }
    }
    for f in &failed {
        eprintln!("{f}");
    }
    assert!(
        failed.is_empty(),
        "{} of {total} corpus programs differ from go",
        failed.len()
    );
}
