//! What the `gorun` subcommands do, as library functions so that tests and the
//! REPL can call them without spawning a process. Each returns the process
//! exit status.

use crate::diag::ErrorFormat;

/// Options of `gorun FILE.go`.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub deterministic: bool,
    pub seed: u64,
    pub error_format: ErrorFormat,
    /// `--trace[=FILE]`: report what the goroutines did.
    pub trace: Option<crate::trace::Output>,
}

/// Reads a source file's bytes, or prints go's message for a missing one.
pub fn read_source(path: &str) -> Result<Vec<u8>, i32> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("stat {path}: no such file or directory");
            Err(1)
        }
        Err(e) => {
            eprintln!("gorun: {path}: {e}");
            Err(1)
        }
    }
}

/// `gorun check FILE.go`: the front end only.
pub fn check(path: &str, format: ErrorFormat) -> i32 {
    match read_source(path) {
        Ok(bytes) => check_bytes_and_report(path, &bytes, format),
        Err(code) => code,
    }
}

/// Runs the front end on file bytes and prints its errors; the exit status.
fn check_bytes_and_report(path: &str, bytes: &[u8], format: ErrorFormat) -> i32 {
    match crate::check::check_bytes(path, bytes, &mut Default::default()) {
        Ok(_) => 0,
        Err(errs) => {
            let _ = errs.emit(&mut std::io::stderr().lock(), format);
            1
        }
    }
}

/// `gorun FILE.go ARGS...`.
pub fn run(path: &str, args: &[String], opts: &RunOptions) -> i32 {
    let bytes = match read_source(path) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let Ok(text) = String::from_utf8(bytes.clone()) else {
        // Invalid UTF-8 is a compile error at its position.
        return check_bytes_and_report(path, &bytes, opts.error_format);
    };
    let session = match &opts.trace {
        Some(out) => match crate::trace::Session::start(out.clone(), opts.deterministic) {
            Ok(s) => Some(s),
            Err(msg) => {
                eprintln!("{msg}");
                return 2;
            }
        },
        None => None,
    };
    let opts = crate::interp::RunOptions {
        deterministic: opts.deterministic,
        seed: opts.seed,
        gomaxprocs: None,
        error_format: opts.error_format,
        observer: session.as_ref().map(|s| s.observer()),
    };
    let code = crate::interp::run_file(path, &text, args, opts);
    if let Some(s) = session {
        if let Err(msg) = s.finish(&mut std::io::stderr().lock()) {
            eprintln!("{msg}");
        }
    }
    code
}

/// `gorun` with no file.
pub fn repl() -> i32 {
    crate::repl::main()
}
