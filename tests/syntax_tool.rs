//! A developer tool, not a test: `GORUN_PARSE=file.go cargo test --test
//! syntax_tool -- --ignored --nocapture` prints the file's first syntax
//! error in gc's one-line form, or "ok" and, with GORUN_DUMP=1, the AST.
use gorun::diag::SourceFile;
use gorun::syntax::{ast::NodeIds, check_utf8, parse_file, parse_file_all};

#[test]
#[ignore]
fn parse_one() {
    let Ok(paths) = std::env::var("GORUN_PARSE") else {
        return;
    };
    for path in paths.split(':') {
        let bytes = std::fs::read(path).expect("readable file");
        let file = SourceFile::new(path, String::from_utf8_lossy(&bytes).into_owned());
        if std::env::var("GORUN_ALL").is_ok() {
            match check_utf8(&bytes) {
                Err(d) => println!("{}", d.to_go_line(&file)),
                Ok(text) => {
                    let p = parse_file_all(text, &mut NodeIds::new());
                    for d in &p.errors {
                        println!("{}", d.to_go_line(&file));
                    }
                    println!("{path}: tree {}", p.tree.is_some());
                }
            }
            continue;
        }
        let parsed = check_utf8(&bytes).and_then(|text| parse_file(text, &mut NodeIds::new()));
        match parsed {
            Ok(f) => {
                println!("{path}: ok");
                if std::env::var("GORUN_DUMP").is_ok() {
                    println!("{f:#?}");
                }
            }
            Err(d) => println!("{}", d.to_go_line(&file)),
        }
    }
}
