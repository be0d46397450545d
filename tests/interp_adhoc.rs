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

/// `GORUN_GOLDEN=/work/main cargo test --test interp_adhoc golden -- --nocapture`
/// runs the project's golden programs (programs/*.go against
/// tests/golden/NAME.{stdout,status}) and prints which differ (a survey,
/// never failing: the golden harness proper lives in tests/golden.rs).
#[test]
fn golden() {
    let Ok(root) = std::env::var("GORUN_GOLDEN") else {
        return;
    };
    let root = std::path::PathBuf::from(root);
    let mut names: Vec<_> = std::fs::read_dir(root.join("programs"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    let (mut ok, mut bad) = (0, Vec::new());
    for p in names {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&p).unwrap();
        let g = root.join("tests/golden");
        let want_out =
            std::fs::read_to_string(g.join(format!("{name}.stdout"))).unwrap_or_default();
        let want_status =
            std::fs::read_to_string(g.join(format!("{name}.status"))).unwrap_or_default();
        let want_err =
            std::fs::read_to_string(g.join(format!("{name}.stderr"))).unwrap_or_default();
        let sorted = src.contains("gorun:compare sorted") || src.contains("gorun:compare words");
        let (tx, rx) = std::sync::mpsc::channel();
        let s2 = src.clone();
        std::thread::spawn(move || {
            let _ = tx.send(interp_common::run_go(&s2));
        });
        let Ok((code, out, err)) = rx.recv_timeout(std::time::Duration::from_secs(10)) else {
            bad.push(format!("{name}: TIMEOUT"));
            continue;
        };
        let norm = |s: &str| {
            let mut v: Vec<&str> = s.lines().collect();
            if sorted {
                v.sort();
            }
            v.join("\n")
        };
        let first = |s: &str| s.lines().next().unwrap_or("").to_string();
        let status_ok = want_status.split_whitespace().next() == Some(&code.to_string());
        let out_ok = norm(&out) == norm(&want_out);
        let err_ok = first(&err) == first(&want_err)
            || (first(&err).starts_with("panic: (") && first(&want_err).starts_with("panic: ("));
        if status_ok && out_ok && err_ok {
            ok += 1;
        } else {
            bad.push(format!(
                "{name}: status {code} want {}; stdout {}; stderr1 {:?} want {:?}",
                want_status.trim(),
                if out_ok { "ok" } else { "DIFF" },
                first(&err),
                first(&want_err)
            ));
        }
    }
    println!("golden survey: {ok} ok, {} differ", bad.len());
    for b in bad {
        println!("  {b}");
    }
}
