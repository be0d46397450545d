//! The REPL: `gorun` with no file. Statements, declarations and
//! expressions are evaluated one input at a time in a long-lived session
//! where goroutines keep running between inputs.
//!
//! Code map:
//! * [`package`]: the accumulated package (declarations, the prompt's
//!   variables, the inputs) rendered as one Go file, with auto-imports.
//! * [`engine`]: one input → items of the package → check → lower →
//!   carry the variables over → run in the session
//!   ([`crate::interp::session`]).
//! * [`input`]: an input's form, declared names and rewriting.
//! * [`commands`]: the `:` commands.
//! * [`output`]: program output on a terminal (above the prompt) or not.
//! * [`terminal`]: line editing, history and completion (rustyline).
//! * [`trace`]: tracebacks located within the inputs.
//!
//! Two front ends share everything else: on a terminal, an interactive
//! editor with prompts; otherwise ([`run_stream`]) no prompt and no banner:
//! lines are read from stdin and each complete input is evaluated, so
//! `printf 'x := 3\nx + 1\n' | gorun` prints the value of `x + 1`.
//!
//! Invariants: no input ends the REPL except `:quit`, end of input and
//! `os.Exit`; an input that fails leaves the session as it was.

pub mod commands;
pub mod engine;
pub mod input;
pub mod output;
pub mod package;
pub mod terminal;
pub mod trace;

use crate::diag::ErrorFormat;
use crate::interp::session::{Interrupter, Session};
use crate::interp::RunOptions;
use engine::{Engine, Eval};
use output::Sink;
use parking_lot::Mutex;
use std::io::{BufRead, IsTerminal};
use std::sync::{Arc, OnceLock};

/// The session's interrupter, for the Ctrl-C handler (installed once per
/// process; the REPL may replace its session with `:reset`).
static INTERRUPT: OnceLock<Mutex<Option<Interrupter>>> = OnceLock::new();

fn interrupt_slot() -> &'static Mutex<Option<Interrupter>> {
    INTERRUPT.get_or_init(|| Mutex::new(None))
}

/// Ctrl-C outside line editing (while an input runs): interrupt it.
fn install_ctrl_c() {
    let _ = ctrlc::set_handler(|| {
        if let Some(i) = interrupt_slot().lock().clone() {
            i.interrupt();
        }
    });
}

/// A fresh session whose output goes to `sink`.
pub fn new_session(sink: &Arc<Sink>) -> Session {
    let s2 = sink.clone();
    let session = Session::new(
        RunOptions::default(),
        Arc::new(move || {
            (
                Box::new(s2.writer(1)) as Box<dyn std::io::Write + Send>,
                Box::new(s2.writer(2)) as Box<dyn std::io::Write + Send>,
            )
        }),
    );
    *interrupt_slot().lock() = Some(session.interrupter());
    session
}

/// What the REPL loop should do after a line.
pub enum Next {
    /// Read on.
    Continue,
    /// Stop with this exit status.
    Exit(i32),
}

/// The REPL state both front ends drive.
pub struct Repl {
    pub engine: Engine,
    pub sink: Arc<Sink>,
    /// Lines of the unfinished input.
    pub buffer: String,
    /// Complete inputs so far (`:history` without a terminal).
    pub history: Vec<String>,
}

impl Repl {
    pub fn new(sink: Arc<Sink>, format: ErrorFormat) -> Repl {
        let session = new_session(&sink);
        let err = Box::new(sink.writer(2));
        Repl {
            engine: Engine::new(session, format, err),
            sink,
            buffer: String::new(),
            history: Vec::new(),
        }
    }

    /// True while an input is being continued.
    pub fn continuing(&self) -> bool {
        !self.buffer.is_empty()
    }

    /// Abandons the unfinished input (Ctrl-C at the prompt).
    pub fn abandon(&mut self) {
        self.buffer.clear();
    }

    /// Feeds one line.
    pub fn line(&mut self, line: &str) -> Next {
        if self.buffer.is_empty() && line.trim_start().starts_with(':') {
            let next = commands::run(self, line.trim());
            self.sink.flush();
            return next;
        }
        if self.buffer.is_empty() {
            self.engine.session.clear_interrupt();
        } else {
            self.buffer.push('\n');
        }
        self.buffer.push_str(line);
        let src = self.buffer.clone();
        let r = self.engine.eval(&src);
        self.sink.flush();
        match r {
            Eval::Incomplete => Next::Continue,
            Eval::Done => {
                if !src.trim().is_empty() {
                    self.history.push(src);
                }
                self.buffer.clear();
                Next::Continue
            }
            Eval::Exit(code) => {
                self.buffer.clear();
                Next::Exit(code)
            }
        }
    }

    /// End of input: report an unfinished input, stop the session.
    pub fn finish(&mut self) {
        if !self.buffer.trim().is_empty() {
            self.engine
                .report("gorun: input ended inside an unfinished statement\n");
            self.buffer.clear();
        }
        if let Some(d) = self.engine.session.take_death() {
            if !d.reported {
                self.engine.report(&d.report);
            }
        }
        self.engine.session.shutdown();
        self.sink.flush();
    }
}

/// `gorun` / `gorun repl`: the REPL on the process's stdin and stdout.
pub fn main() -> i32 {
    install_ctrl_c();
    let sink = Arc::new(Sink::default());
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        let color = std::env::var_os("NO_COLOR").is_none();
        terminal::run(Repl::new(sink, ErrorFormat::Rich { color }))
    } else {
        let stdin = std::io::stdin();
        run_stream(Repl::new(sink, ErrorFormat::Go), stdin.lock())
    }
}

/// The REPL without a terminal: no prompts, no banner.
pub fn run_stream(mut repl: Repl, input: impl BufRead) -> i32 {
    for line in input.split(b'\n') {
        let Ok(line) = line else {
            break;
        };
        // Invalid UTF-8 reaches the lexer as U+FFFD and is reported there.
        let line = String::from_utf8_lossy(&line);
        let line = line.strip_suffix('\r').unwrap_or(&line);
        if let Next::Exit(code) = repl.line(line) {
            repl.finish();
            return code;
        }
    }
    repl.finish();
    0
}
