//! `gorun --trace`: show learners what their goroutines did.
//!
//! The runtime routes every scheduling event through one sink
//! ([`crate::runtime::EventSink`]); the interpreter also says which function
//! each new goroutine runs ([`crate::interp::RunObserver`]). This module
//! plugs into both and, when the program is over (returned, os.Exit, panic
//! or deadlock), turns what it saw into either
//! * a report on stderr ([`report`]): a row per goroutine (creator, entry
//!   function, `go` statement, time running / runnable / blocked split by
//!   Go's wait reasons, channel and lock operations, Ps) and an ASCII
//!   timeline, or
//! * a Chrome trace-event JSON file ([`chrome`]) for Perfetto.
//!
//! Pipeline: [`record`] (the sink: cheap, sharded per thread) →
//! [`analyze`] (replay into per-goroutine state machines) → [`report`] or
//! [`chrome`]. Nothing here runs unless `--trace` is given: without an
//! observer the runtime's emit sites are one untaken branch.
//!
//! Guarantees: the program's stdout is untouched; the report or JSON is
//! produced after the program's own output and exit report; in
//! deterministic mode time is counted in scheduling events, so the same
//! program and seed give the same report.

pub mod analyze;
pub mod chrome;
pub mod record;
pub mod report;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use crate::interp::Observer;
pub use analyze::{analyze, replay, Analysis, GStats, State, Visitor};
pub use record::{Recorder, Recording, TimeBase};

/// Where `--trace` output goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// `--trace`: the report, on stderr.
    Report,
    /// `--trace=FILE`: Chrome trace-event JSON in FILE.
    Json(PathBuf),
}

impl Output {
    /// The flag's value: empty for the report, else the JSON file's path.
    pub fn from_flag(value: &str) -> Output {
        if value.is_empty() {
            Output::Report
        } else {
            Output::Json(PathBuf::from(value))
        }
    }
}

/// One traced run: make it before the run, install [`Session::observer`]
/// in the run options, call [`Session::finish`] after.
pub struct Session {
    /// The sink installed in the run.
    rec: Arc<Recorder>,
    /// Report or JSON.
    output: Output,
    /// The JSON file, opened up front.
    file: Option<std::fs::File>,
}

impl Session {
    /// Opens the JSON file now, so that a bad path fails before the
    /// program runs.
    pub fn start(output: Output, deterministic: bool) -> Result<Session, String> {
        let file = match &output {
            Output::Report => None,
            Output::Json(p) => Some(
                std::fs::File::create(p)
                    .map_err(|e| format!("gorun: --trace: cannot create {}: {e}", p.display()))?,
            ),
        };
        let base = if deterministic {
            TimeBase::Ticks
        } else {
            TimeBase::Nanos
        };
        Ok(Session {
            rec: Arc::new(Recorder::new(base)),
            output,
            file,
        })
    }

    /// The observer to put in `interp::RunOptions::observer`.
    pub fn observer(&self) -> Observer {
        Observer(self.rec.clone())
    }

    /// Everything recorded so far (taking it: a second call sees only
    /// later events).
    pub fn recording(&self) -> Recording {
        self.rec.take()
    }

    /// What was recorded so far, analysed (taking it, as `recording`).
    pub fn analysis(&self) -> Analysis {
        analyze(&self.recording())
    }

    /// Write the report to `stderr`, or the JSON to its file.
    pub fn finish(mut self, stderr: &mut dyn Write) -> Result<(), String> {
        let rec = self.recording();
        match (&self.output, self.file.take()) {
            (Output::Json(p), Some(f)) => {
                let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
                chrome::write(&rec, &mut w)
                    .map_err(|e| format!("gorun: --trace: cannot write {}: {e}", p.display()))
            }
            _ => stderr
                .write_all(report::render(&rec).as_bytes())
                .map_err(|e| format!("gorun: --trace: {e}")),
        }
    }
}
