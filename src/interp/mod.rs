//! The tree-walking interpreter: lowers the checked tree and steps
//! goroutines whose whole state lives on the heap.
//!
//! Pipeline inside this module:
//! * [`lower`] turns the checker's [`crate::check::Program`] into the
//!   interpreter's tree ([`ir`]): resolved slots, heap cells for escaping
//!   variables, per-iteration loop variables, A-normal form, jumps for
//!   structured control flow;
//! * [`exec`] steps one goroutine's statements, [`eval`] evaluates
//!   expressions, [`call`] handles calls/returns/defer/panic/recover,
//!   [`ops`] Go's operators and conversions, [`report`] panic texts and
//!   tracebacks;
//! * [`World`] is what all goroutines of one run share (the program, the
//!   output streams, goroutine ids, randomness).
//!
//! Entry points: [`run_file`] (the CLI) and [`run_source`] (tests: writes
//! the program's stdout and stderr to given writers).
//!
//! Invariants: no Rust recursion proportional to Go call depth (frames are
//! heap data); every value is `Send + Sync`; the interpreter never blocks an
//! OS thread except inside a Go callback called from library code.

pub mod bridge;
pub mod call;
pub mod chan;
pub mod eval;
pub mod exec;
pub mod host;
pub mod ir;
pub mod lower;
pub mod ops;
pub mod place;
pub mod report;
pub mod rtnative;
pub mod session;
pub mod slices;
pub mod sync;

use crate::diag::{ErrorFormat, SourceFile};
use parking_lot::Mutex;
use std::io::Write;
use std::sync::Arc;

/// How to run a program.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// One P, virtual clock, seeded random choices.
    pub deterministic: bool,
    pub seed: u64,
    /// GOMAXPROCS (`None`: the environment variable or the core count).
    pub gomaxprocs: Option<usize>,
    pub error_format: ErrorFormat,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            deterministic: false,
            seed: 1,
            gomaxprocs: None,
            error_format: ErrorFormat::Go,
        }
    }
}

/// What every goroutine of one run shares.
pub struct World {
    pub prog: Arc<ir::Program>,
    /// `os.Args`.
    pub args: Vec<String>,
    pub start: std::time::Instant,
    stdout: Mutex<Box<dyn Write + Send>>,
    stderr: Mutex<Box<dyn Write + Send>>,
    /// Absolute paths of the program's files, for tracebacks.
    paths: Vec<String>,
}

impl World {
    pub fn new(
        prog: Arc<ir::Program>,
        args: Vec<String>,
        stdout: Box<dyn Write + Send>,
        stderr: Box<dyn Write + Send>,
    ) -> World {
        let paths = prog
            .files
            .iter()
            .map(|f| {
                if f.name.starts_with("std/") {
                    // Library sources are embedded: keep their std/ name.
                    return f.name.clone();
                }
                std::fs::canonicalize(&f.name)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| f.name.clone())
            })
            .collect();
        World {
            prog,
            args,
            start: std::time::Instant::now(),
            stdout: Mutex::new(stdout),
            stderr: Mutex::new(stderr),
            paths,
        }
    }

    /// One write on fd 1 or 2; stdout is flushed before stderr output.
    pub fn write(&self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            self.flush();
            let mut e = self.stderr.lock();
            let _ = e.write_all(bytes);
            let _ = e.flush();
        } else {
            let _ = self.stdout.lock().write_all(bytes);
        }
    }

    pub fn flush(&self) {
        let _ = self.stdout.lock().flush();
    }

    /// Absolute path and line of a byte offset in file `file`.
    pub fn position(&self, file: u32, offset: u32) -> (&str, usize) {
        match (
            self.prog.files.get(file as usize),
            self.paths.get(file as usize),
        ) {
            (Some(f), Some(p)) => (p, f.line_col(offset).0),
            _ => ("?", 0),
        }
    }
}

/// Parses, checks and runs the program in `src` (named `path`), with
/// stdout and stderr going to the given writers. Returns the exit status.
pub fn run_source(
    path: &str,
    src: &str,
    args: &[String],
    opts: &RunOptions,
    stdout: Box<dyn Write + Send>,
    mut stderr: Box<dyn Write + Send>,
) -> i32 {
    let file = SourceFile::new(path, src);
    let checked = match lower::front_end(file) {
        Ok(p) => p,
        Err(errs) => {
            let _ = errs.emit(&mut *stderr, opts.error_format);
            return 1;
        }
    };
    let prog = match lower::lower_program(checked) {
        Ok(p) => Arc::new(p),
        Err(msg) => {
            let _ = writeln!(stderr, "gorun: {msg}");
            return 2;
        }
    };
    let mut argv = vec![std::path::Path::new(path)
        .file_stem()
        .map(|s| format!("/tmp/go-build/{}", s.to_string_lossy()))
        .unwrap_or_default()];
    argv.extend(args.iter().cloned());
    run_program(prog, argv, opts, stdout, stderr)
}

/// Runs a lowered program (`argv` is os.Args); returns the exit status.
pub fn run_program(
    prog: Arc<ir::Program>,
    argv: Vec<String>,
    opts: &RunOptions,
    stdout: Box<dyn Write + Send>,
    stderr: Box<dyn Write + Send>,
) -> i32 {
    let world = Arc::new(World::new(prog, argv, stdout, stderr));
    let (code, report) = bridge::run_world(&world, opts);
    world.flush();
    if !report.is_empty() {
        world.write(2, report.as_bytes());
    }
    world.flush();
    code
}

/// `gorun FILE.go ARGS...`: runs the file with the process's stdout and
/// stderr; returns the exit status.
pub fn run_file(path: &str, src: &str, args: &[String], opts: RunOptions) -> i32 {
    run_source(
        path,
        src,
        args,
        &opts,
        Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        )),
        Box::new(std::io::stderr()),
    )
}
