//! What the `gorun` subcommands do, as library functions so that tests and the
//! REPL can call them without spawning a process. Each returns the process
//! exit status.

use crate::diag::{self, Diagnostic, ErrorFormat, SourceFile};

/// Options of `gorun FILE.go`.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub deterministic: bool,
    pub seed: u64,
    pub error_format: ErrorFormat,
}

/// Reads a source file, or prints go's message for a missing one.
pub fn read_source(path: &str) -> Result<SourceFile, i32> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(SourceFile::new(
            path,
            // Invalid UTF-8 is reported by the lexer at its position; keep the
            // text lossless enough for that by replacing only for display.
            String::from_utf8_lossy(&bytes).into_owned(),
        )),
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

/// Prints compile errors as gc does: sorted by position, at most ten.
pub fn report(file: &SourceFile, mut diags: Vec<Diagnostic>, format: ErrorFormat) {
    diags.sort_by_key(|d| d.span.lo);
    let too_many = diags.len() > diag::MAX_ERRORS;
    diags.truncate(diag::MAX_ERRORS);
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    let _ = diag::emit(&mut lock, file, &diags, format, too_many);
}

/// `gorun check FILE.go`: the front end only.
pub fn check(path: &str, format: ErrorFormat) -> i32 {
    let _file = match read_source(path) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let _ = format;
    eprintln!("gorun: the front end is not wired yet");
    2
}

/// `gorun FILE.go ARGS...`.
pub fn run(path: &str, args: &[String], opts: &RunOptions) -> i32 {
    let _file = match read_source(path) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let _ = (args, opts);
    eprintln!("gorun: the interpreter is not wired yet");
    2
}

/// `gorun` with no file.
pub fn repl() -> i32 {
    eprintln!("gorun: the REPL is not available yet; run `gorun FILE.go`");
    2
}
