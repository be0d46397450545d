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

/// `GORUN_DUMP=prog.go cargo test --test interp_adhoc dump -- --nocapture`
/// prints the lowered `main.main`.
#[test]
fn dump() {
    let Ok(path) = std::env::var("GORUN_DUMP") else {
        return;
    };
    let src = std::fs::read_to_string(&path).expect("read GORUN_DUMP");
    let file = gorun::diag::SourceFile::new("prog.go", src);
    let Ok(cp) = gorun::interp::lower::front_end(file) else {
        panic!("compile error")
    };
    for (id, tv) in cp.types_of.iter() {
        if id > cp.files.last().map_or(0, |_| 0) && tv.value.is_some() {
            println!("node {id}: {:?} {:?} ty {:?}", tv.mode, tv.value, tv.ty);
        }
    }
    let prog = gorun::interp::lower::lower_program(cp).expect("lowering");
    let main = &prog.funcs[prog.main as usize];
    for (i, ins) in main.code.iter().enumerate() {
        println!("{i}: {ins:?}");
    }
}
