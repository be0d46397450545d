//! The tree-walking interpreter: lowers the checked tree and steps
//! goroutines whose whole state lives on the heap.
//!
//! Pipeline inside this module:
//! * [`lower`] turns the checker's [`crate::check::Program`] into the
//!   interpreter's tree ([`ir`]): resolved slots, heap cells for escaping
//!   variables, Go 1.22 per-iteration loop variables, A-normal form, and
//!   jumps for structured control flow;
//! * [`exec`] steps one goroutine's statements; [`eval`] evaluates
//!   expressions and [`place`] assignments; [`call`] handles calls,
//!   returns, defer, panic and recover; [`host`] runs Go callbacks for the
//!   library and is its `Host`; [`ops`] and [`slices`] are Go's operators,
//!   conversions, `append` and `copy`; [`report`] panic texts and
//!   tracebacks;
//! * [`bridge`] makes a goroutine a body of the runtime's scheduler
//!   (`runtime::Goroutine`) and adapts `RunCx` to [`exec::Sched`];
//!   [`chan`] is the channel value; [`sync`] a scheduler for the few places
//!   where nothing may block;
//! * [`World`] is what all goroutines of one run share (the program, the
//!   output streams).
//!
//! Deviation from design.md, on purpose: a function body is a flat list of
//! statements with jump targets, so a frame's "cursor stack" is one `pc`
//! (loops, switch, break/continue/goto/fallthrough are jumps; range state
//! lives in hidden slots). A goroutine still stops only between statements
//! and its state is (function, pc, slot base, deferred calls) per frame.
//!
//! Entry points: [`run_file`] (the CLI), [`run_source`] (tests: writes the
//! program's stdout and stderr to given writers) and [`run_program`] (an
//! already lowered program).
//!
//! Invariants: no Rust recursion proportional to Go call depth (frames are
//! heap data); every value is `Send + Sync`; the interpreter never blocks an
//! OS thread except inside a Go callback called from library code (the
//! runtime's `run_nested` then hands the P off).

pub mod bridge;
pub mod call;
pub mod chan;
pub mod complex;
pub mod eval;
pub mod exec;
pub mod host;
pub mod ir;
pub mod lower;
pub mod ops;
pub mod place;
pub mod report;
pub mod session;
pub mod slices;
pub mod step;
pub mod sync;
pub mod unwind;

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
    /// Watches the run's scheduling (`gorun --trace`); `None`: no cost.
    pub observer: Option<Observer>,
}

/// Watches one run's scheduling (`gorun --trace`, see `crate::trace`): the
/// runtime's event sink, also told each new goroutine's function.
pub trait RunObserver: crate::runtime::EventSink {
    /// Goroutine `g` was created to run `func` (Go's name, e.g.
    /// `main.worker`); `site` is where its `go` statement is
    /// (`main.main at prog.go:12`), empty if unknown.
    fn go_created(&self, g: u64, func: &str, site: &str);
}

/// A shared [`RunObserver`] (a newtype so that options stay `Debug`).
#[derive(Clone)]
pub struct Observer(pub Arc<dyn RunObserver>);

impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            deterministic: false,
            seed: 1,
            gomaxprocs: None,
            error_format: ErrorFormat::Go,
            observer: None,
        }
    }
}

/// What every goroutine of one run shares.
pub struct World {
    pub prog: Arc<ir::Program>,
    /// `os.Args`.
    pub args: Vec<String>,
    pub start: std::time::Instant,
    stdout: Mutex<Stdout>,
    /// Stdout holds unflushed output (checked without the lock when a
    /// goroutine parks).
    stdout_dirty: std::sync::atomic::AtomicBool,
    stderr: Mutex<Box<dyn Write + Send>>,
    /// Absolute paths of the program's files, for tracebacks.
    paths: Vec<String>,
    /// The run's observer (`RunOptions::observer`).
    pub observer: Option<Observer>,
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
            stdout: Mutex::new(Stdout {
                w: stdout,
                last_flush: std::time::Instant::now(),
            }),
            stdout_dirty: std::sync::atomic::AtomicBool::new(false),
            stderr: Mutex::new(stderr),
            paths,
            observer: None,
        }
    }

    /// One write on fd 1 or 2 (one Go write call: never torn). Stdout is
    /// buffered but flushed before any stderr output, when it has waited
    /// longer than [`FLUSH_AFTER`], when a goroutine blocks, and at
    /// exit, so a program's output still appears as it runs.
    pub fn write(&self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            self.flush();
            let mut e = self.stderr.lock();
            let _ = e.write_all(bytes);
            let _ = e.flush();
        } else {
            let mut o = self.stdout.lock();
            let _ = o.w.write_all(bytes);
            if o.last_flush.elapsed() >= FLUSH_AFTER {
                o.flush();
                self.stdout_dirty
                    .store(false, std::sync::atomic::Ordering::Relaxed);
            } else {
                self.stdout_dirty
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }

    /// Writes out buffered stdout.
    pub fn flush(&self) {
        self.stdout.lock().flush();
        self.stdout_dirty
            .store(false, std::sync::atomic::Ordering::Relaxed);
    }

    /// Flushes stdout if anything is buffered (one atomic load when not):
    /// called when a goroutine blocks, so output appears while it waits.
    pub fn flush_if_dirty(&self) {
        if self.stdout_dirty.load(std::sync::atomic::Ordering::Relaxed) {
            self.flush();
        }
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

/// How long buffered stdout may wait while the program keeps writing.
pub const FLUSH_AFTER: std::time::Duration = std::time::Duration::from_millis(20);

/// The program's buffered stdout.
struct Stdout {
    w: Box<dyn Write + Send>,
    last_flush: std::time::Instant,
}

impl Stdout {
    fn flush(&mut self) {
        let _ = self.w.flush();
        self.last_flush = std::time::Instant::now();
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
    let mut world = World::new(prog, argv, stdout, stderr);
    world.observer = opts.observer.clone();
    let world = Arc::new(world);
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
