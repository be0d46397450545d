//! A developer tool: how gorun's parser reads Go files.
//!
//!     cargo run --release --example parse -- [--all] [--dump] FILE.go...
//!
//! Prints each file's first syntax error in gc's one-line form, or `ok`;
//! `--all` prints every error the recovering parser finds, `--dump` the
//! tree of a file that parses (`GORUN_SYNTAX_DEBUG=1` shows the parser's
//! own view).
use gorun::diag::SourceFile;
use gorun::syntax::{ast::NodeIds, check_utf8, parse_file, parse_file_all};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all = args.iter().any(|a| a == "--all");
    let dump = args.iter().any(|a| a == "--dump");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("parse: {path}: {e}");
                std::process::exit(1);
            }
        };
        let file = SourceFile::new(path, String::from_utf8_lossy(&bytes).into_owned());
        let text = match check_utf8(&bytes) {
            Ok(text) => text,
            Err(d) => {
                println!("{}", d.to_go_line(&file));
                continue;
            }
        };
        if all {
            let p = parse_file_all(text, &mut NodeIds::new());
            for d in &p.errors {
                println!("{}", d.to_go_line(&file));
            }
            println!("{path}: tree {}", p.tree.is_some());
            continue;
        }
        match parse_file(text, &mut NodeIds::new()) {
            Ok(f) => {
                println!("{path}: ok");
                if dump {
                    println!("{f:#?}");
                }
            }
            Err(d) => println!("{}", d.to_go_line(&file)),
        }
    }
}
