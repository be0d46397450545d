//! Generates the Go parser from grammar/go.lalrpop.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/go.lalrpop failed to generate");
}
