//! Developer aid: `CHECK_FILE=prog.go cargo test --test check_run -- --nocapture`
//! prints gorun's check result for a file in gc's one-line form.

#[test]
fn run_check_file() {
    let Ok(path) = std::env::var("CHECK_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read CHECK_FILE");
    let mut ids = gorun::syntax::ast::NodeIds::new();
    match gorun::check::check_source(&path, &text, &mut ids) {
        Ok(_) => println!("OK"),
        Err(e) => {
            for l in e.to_go_lines() {
                println!("{l}");
            }
        }
    }
}
