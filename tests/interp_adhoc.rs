//! `GORUN_FILE=prog.go cargo test --test interp_adhoc -- --nocapture`
//! runs one Go file through the interpreter (a development aid until the
//! CLI is wired on this branch); without the variable it does nothing.

mod interp_common;

#[test]
fn adhoc() {
    let Ok(path) = std::env::var("GORUN_FILE") else {
        return;
    };
    let src = std::fs::read_to_string(&path).expect("read GORUN_FILE");
    let (code, out, err) = interp_common::run_go(&src);
    print!("{out}");
    eprint!("{err}");
    println!("[exit {code}]");
}
