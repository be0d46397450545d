//! Developer aid: `CHECK_FILE=prog.go cargo test --test check_run -- --nocapture`
//! prints gorun's check result for a file in gc's one-line form.

#[test]
fn run_check_file() {
    let Ok(path) = std::env::var("CHECK_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read CHECK_FILE");
    let mut ids = gorun::syntax::ast::NodeIds::new();
    if std::env::var("CHECK_PARSE_ONLY").is_ok() {
        println!("{:?}", gorun::syntax::parse_file(&text, &mut ids).err());
        return;
    }
    match gorun::check::check_source(&path, &text, &mut ids) {
        Ok(_) => println!("OK"),
        Err(e) => {
            for l in e.to_go_lines() {
                println!("{l}");
            }
        }
    }
}

/// Developer aid: `CHECK_DIR=dir CHECK_PREFIX=tests/errors/ cargo test --test
/// check_run -- --nocapture` compares every `dir/NAME.go` with `NAME.expected`
/// (gc's lines, file named `PREFIX NAME.go`) and prints the differences.
#[test]
fn run_check_dir() {
    let Ok(dir) = std::env::var("CHECK_DIR") else {
        return;
    };
    let prefix = std::env::var("CHECK_PREFIX").unwrap_or_default();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    let (mut total, mut bad) = (0, 0);
    for p in names {
        if p.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let Ok(want) = std::fs::read_to_string(p.with_extension("expected")) else {
            continue;
        };
        total += 1;
        let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).to_string();
        let name = format!("{prefix}{}", p.file_name().unwrap().to_string_lossy());
        let mut ids = gorun::syntax::ast::NodeIds::new();
        let got = match gorun::check::check_source(&name, &text, &mut ids) {
            Ok(_) => String::new(),
            Err(e) => e.to_go_lines().iter().map(|l| format!("{l}\n")).collect(),
        };
        if got.trim() != want.trim() {
            bad += 1;
            println!("--- {name}\nwant:\n{want}got:\n{got}");
        }
    }
    println!("{bad} of {total} differ");
}
