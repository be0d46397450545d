//! The `gorun` command line: run a Go file, check it, or open the REPL.
fn main() {
    eprintln!("gorun: not yet wired");
    std::process::exit(2);
}
