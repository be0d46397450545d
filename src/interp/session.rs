//! A long-lived interpreter session: the REPL's world, where goroutines
//! keep running between inputs and each input runs as one function call.
//!
//! # How it works
//! * One scheduler ([`runtime::Sched`]) lives as long as the session, on a
//!   thread of its own. Its goroutine 1 is the *driver* ([`Driver`]): it
//!   waits for a job (a prepared [`GoState`] calling one function), runs it
//!   to completion as itself with [`RunCx::run_nested`] (so the input's
//!   traceback reads `goroutine 1`), posts the result and waits again.
//!   While it waits it sits in [`RunCx::blocking`], so the other goroutines
//!   of the session run on without it.
//! * checkdead is switched off for the session's whole life by one
//!   permanent "thread in a blocking call" (`nsyscall` + 1): the REPL's
//!   user, who can always type more code and wake anybody. Instead,
//!   [`Session::run`] applies checkdead's own test itself (under the
//!   scheduler lock) while an input runs: when the input is parked, no P is
//!   busy, nothing is queued, no timer is pending and nobody is in a
//!   blocking call, the input can never finish: Go's deadlock report is
//!   produced, the input is abandoned, and the session goes on (its other
//!   goroutines stay parked where they are; a later input may wake them).
//! * Interrupting (Ctrl-C, [`Interrupter`]): a flag the input's body checks
//!   every time it is entered (at least once per time slice), and, when the
//!   input is parked, a forced wake-up of its thread slot (the slot is
//!   claimed, so the wait queue that still names it skips it afterwards).
//! * New program versions ([`Session::load`]) replace the world that new
//!   inputs run in; goroutines started earlier keep the world (program and
//!   globals) they were started in. The caller decides which package
//!   variables the new version shares with the old one by putting the old
//!   cells into the new [`Program::globals`] before loading.
//! * A goroutine that ends the program (an unrecovered panic in a
//!   background goroutine, a fatal error, `os.Exit`) ends the scheduler as
//!   in Go; the session reports it ([`Session::take_death`]) and starts a
//!   fresh scheduler for the next input, keeping the world.
//!
//! This module uses the runtime's crate-visible internals (the scheduler
//! lock, `nested` slots, the registry) for the three things the runtime has
//! no public entry for: suppressing checkdead, testing for a deadlock on
//! demand, and waking a parked input.

use super::bridge::Rt;
use super::call::Deferred;
use super::exec::{GoState, Stop};
use super::ir::Program;
use super::{RunOptions, World};
use crate::runtime::SchedInner;
use crate::runtime::{self, Goroutine, GoroutineDump, Nested, RunCx, Yield};
use crate::value::{Func, FuncId, Value};
use parking_lot::{Condvar, Mutex};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// How often a waiting [`Session::run`] tests for a deadlock and the driver
/// for the scheduler's end (a deadlock is reported within two periods).
const POLL: Duration = Duration::from_millis(40);

/// How one input ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunResult {
    /// The function returned.
    Returned,
    /// It panicked (or hit a fatal error): Go's report, ready for stderr.
    Panicked(String),
    /// It could never finish: Go's deadlock text and goroutine dump.
    Deadlock(String),
    /// Interrupted by the user.
    Interrupted,
    /// `os.Exit(code)`.
    Exit(i32),
    /// A goroutine ended the whole program meanwhile (the report, or an
    /// exit status for os.Exit); the session restarted its scheduler.
    Died(Death),
}

/// How the session's scheduler ended (a background panic, os.Exit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Death {
    pub code: i32,
    /// Go's report (empty for os.Exit).
    pub report: String,
    /// Already written to the session's stderr (with [`STOPPED`]).
    pub reported: bool,
}

/// The note after a background goroutine's panic report.
pub const STOPPED: &str = "gorun: the session's goroutines were stopped; variables are kept\n";

/// Rewrites a report before it is printed (the REPL locates tracebacks).
pub type Filter = Arc<dyn Fn(&str) -> String + Send + Sync>;

/// Builds the output streams of each program version.
pub type Streams = Arc<dyn Fn() -> (Box<dyn Write + Send>, Box<dyn Write + Send>) + Send + Sync>;

/// What the REPL thread and the driver share.
#[derive(Default)]
struct Mailbox {
    st: Mutex<MailState>,
    cv: Condvar,
}

#[derive(Default)]
struct MailState {
    job: Option<Box<GoState>>,
    result: Option<RunResult>,
    shutdown: bool,
}

/// Stops the input that is running (Ctrl-C). Cheap to clone, usable from
/// any thread (a signal handler's thread included).
#[derive(Clone)]
pub struct Interrupter {
    flag: Arc<AtomicBool>,
    inner: Arc<Mutex<Option<Arc<SchedInner>>>>,
}

impl Interrupter {
    /// Abandon the running input (no effect when none runs).
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::SeqCst);
        if let Some(inner) = self.inner.lock().clone() {
            wake_input(&inner);
        }
    }
}

/// Force the parked input (goroutine 1's thread slot) awake.
fn wake_input(inner: &SchedInner) {
    let l = inner.lock.lock();
    for s in l.nested.iter().filter(|s| s.id == runtime::MAIN_GOID) {
        if let Some(t) = s.force_wake(crate::runtime::Wakeup::Exiting) {
            t.unpark();
        }
    }
}

/// One running scheduler.
struct Live {
    inner: Arc<SchedInner>,
    thread: JoinHandle<runtime::Outcome>,
}

/// The REPL's world: a scheduler kept alive between inputs.
pub struct Session {
    opts: RunOptions,
    streams: Streams,
    filter: Option<Filter>,
    world: Option<Arc<World>>,
    mail: Arc<Mailbox>,
    live: Option<Live>,
    interrupt: Interrupter,
    /// A death seen while no input ran, not yet reported.
    death: Option<Death>,
}

impl Session {
    /// A session writing program output through `streams`.
    pub fn new(opts: RunOptions, streams: Streams) -> Session {
        Session {
            opts,
            streams,
            filter: None,
            world: None,
            mail: Arc::default(),
            live: None,
            interrupt: Interrupter {
                flag: Arc::default(),
                inner: Arc::default(),
            },
            death: None,
        }
    }

    /// Rewrite reports the session prints itself (a background panic).
    pub fn set_filter(&mut self, f: Filter) {
        self.filter = Some(f);
    }

    /// Forget an earlier interrupt (call when a new input starts; an
    /// interrupt that arrives while the input is being compiled stops it
    /// as soon as it runs).
    pub fn clear_interrupt(&self) {
        self.interrupt.flag.store(false, Ordering::SeqCst);
    }

    /// The handle Ctrl-C uses.
    pub fn interrupter(&self) -> Interrupter {
        self.interrupt.clone()
    }

    /// The program new inputs run in.
    pub fn program(&self) -> Option<Arc<Program>> {
        self.world.as_ref().map(|w| w.prog.clone())
    }

    /// Make `prog` the current version (see the module comment on globals).
    pub fn load(&mut self, prog: Program) {
        let (out, err) = (self.streams)();
        let argv = vec!["/tmp/go-build/repl".to_string()];
        self.world = Some(Arc::new(World::new(Arc::new(prog), argv, out, err)));
    }

    /// Flush the current version's stdout.
    pub fn flush(&self) {
        if let Some(w) = &self.world {
            w.flush();
        }
    }

    /// Run function `f` of the current program (no arguments) as the
    /// session's goroutine 1 and wait for it.
    pub fn run(&mut self, f: FuncId) -> RunResult {
        let Some(world) = self.world.clone() else {
            return RunResult::Panicked("gorun: no program loaded\n".into());
        };
        if let Some(d) = self.reap() {
            self.death = Some(d);
        }
        self.ensure_live();
        let mut g = GoState::new(world.clone(), runtime::MAIN_GOID);
        let call = Deferred::Call {
            func: Value::Func(Arc::new(Func::Closure {
                func: f,
                env: Box::new([]),
            })),
            args: Vec::new(),
        };
        let mut ns = super::sync::NoSched(runtime::MAIN_GOID);
        if g.push_deferred_call(&world.prog, &mut ns, call, false)
            .is_err()
        {
            return RunResult::Panicked("gorun: cannot call the input\n".into());
        }
        {
            let mut st = self.mail.st.lock();
            st.result = None;
            st.job = Some(Box::new(g));
            self.mail.cv.notify_all();
        }
        let mut suspicious = false;
        loop {
            let mut st = self.mail.st.lock();
            if let Some(r) = st.result.take() {
                drop(st);
                world.flush();
                return match r {
                    RunResult::Died(_) => match self.reap() {
                        Some(d) => RunResult::Died(d),
                        None => RunResult::Interrupted,
                    },
                    r => r,
                };
            }
            self.mail.cv.wait_for(&mut st, POLL);
            drop(st);
            let Some(live) = &self.live else {
                continue;
            };
            if live.inner.is_exiting() {
                continue; // the driver posts Died
            }
            if let Some(report) = deadlock_report(&live.inner) {
                if suspicious {
                    world.flush();
                    wake_input(&live.inner);
                    // Wait for the driver to let go of the input.
                    let _ = self.wait_result();
                    return RunResult::Deadlock(report);
                }
                suspicious = true;
            } else {
                suspicious = false;
            }
        }
    }

    fn wait_result(&self) -> RunResult {
        let mut st = self.mail.st.lock();
        loop {
            if let Some(r) = st.result.take() {
                return r;
            }
            self.mail.cv.wait_for(&mut st, POLL);
        }
    }

    /// The scheduler's end, if it ended since the last call (a background
    /// goroutine panicked or called os.Exit). The next `run` restarts it.
    pub fn take_death(&mut self) -> Option<Death> {
        if let Some(d) = self.death.take() {
            return Some(d);
        }
        self.reap()
    }

    /// Joins a scheduler that ended; returns how it ended.
    fn reap(&mut self) -> Option<Death> {
        let ended = self
            .live
            .as_ref()
            .is_some_and(|l| l.inner.is_exiting() && l.thread.is_finished());
        if !ended {
            return None;
        }
        let live = self.live.take()?;
        *self.interrupt.inner.lock() = None;
        let outcome = live.thread.join().ok()?;
        match outcome {
            runtime::Outcome::Terminated(t) => Some(Death {
                code: t.code,
                reported: !t.report.is_empty(),
                report: t.report,
            }),
            runtime::Outcome::MainReturned => None,
            runtime::Outcome::Deadlock(d) => Some(Death {
                code: 2,
                reported: false,
                report: format_deadlock(d.message(), &d.goroutines),
            }),
        }
    }

    fn ensure_live(&mut self) {
        if self.live.is_some() {
            return;
        }
        let cfg = runtime::Config {
            gomaxprocs: self.opts.gomaxprocs,
            deterministic: None,
            events: None,
        };
        let sched = runtime::Sched::new(cfg);
        let inner = sched.inner.clone();
        // The REPL's user: a permanent blocking call, so checkdead never
        // ends the session (see the module comment).
        inner.nsyscall.fetch_add(1, Ordering::SeqCst);
        {
            let mut st = self.mail.st.lock();
            st.shutdown = false;
            st.job = None;
            st.result = None;
        }
        let driver = Driver {
            mail: self.mail.clone(),
            inner: inner.clone(),
            flag: self.interrupt.flag.clone(),
        };
        let streams = self.streams.clone();
        let filter = self.filter.clone();
        let thread = std::thread::Builder::new()
            .name("gorun-session".into())
            .spawn(move || {
                let outcome = sched.run_main(Box::new(driver));
                // Report a background goroutine's panic at once (the REPL
                // may be waiting at its prompt).
                if let runtime::Outcome::Terminated(t) = &outcome {
                    if !t.report.is_empty() {
                        let (_, mut err) = streams();
                        let report = match &filter {
                            Some(f) => f(&t.report),
                            None => t.report.clone(),
                        };
                        let _ = err.write_all(report.as_bytes());
                        let _ = err.write_all(STOPPED.as_bytes());
                        let _ = err.flush();
                    }
                }
                outcome
            });
        match thread {
            Ok(thread) => {
                *self.interrupt.inner.lock() = Some(inner.clone());
                self.live = Some(Live { inner, thread });
            }
            Err(_) => {
                self.live = None;
            }
        }
    }

    /// Runtime.NumGoroutine (the driver excluded) and the parked
    /// goroutines with their wait reasons and stacks (the deadlock dump's
    /// content, on demand).
    pub fn goroutines(&self) -> (usize, Vec<GoroutineDump>) {
        match &self.live {
            Some(l) if !l.inner.is_exiting() => {
                let n = l.inner.ngoroutines.load(Ordering::SeqCst).max(1) as usize - 1;
                (n, l.inner.registry.dump())
            }
            _ => (0, Vec::new()),
        }
    }

    /// Stop the scheduler (goroutines are abandoned, as when main returns).
    pub fn shutdown(&mut self) {
        {
            let mut st = self.mail.st.lock();
            st.shutdown = true;
            self.mail.cv.notify_all();
        }
        if let Some(l) = self.live.take() {
            l.inner.finish(runtime::Outcome::MainReturned);
            let deadline = std::time::Instant::now() + Duration::from_secs(1);
            while !l.thread.is_finished() && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
            if l.thread.is_finished() {
                let _ = l.thread.join();
            }
        }
        self.flush();
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Go's deadlock report: the fatal error line and the goroutine dump.
pub fn format_deadlock(message: &str, gs: &[GoroutineDump]) -> String {
    let mut out = format!("fatal error: {message}\n");
    for gd in gs {
        out.push_str(&format!(
            "\ngoroutine {} [{}]:\n{}",
            gd.id, gd.wait_reason, gd.traceback
        ));
    }
    out
}

/// checkdead's test, for a session: the input (goroutine 1) is parked and
/// nothing can ever run again. Returns the report when so.
fn deadlock_report(inner: &SchedInner) -> Option<String> {
    let l = inner.lock.lock();
    let input_parked = l
        .nested
        .iter()
        .any(|s| s.id == runtime::MAIN_GOID && !s.is_claimed());
    if !input_parked
        || l.npbusy > 0
        || inner.nsyscall.load(Ordering::SeqCst) > 1
        || !l.pwait.is_empty()
        || !inner.global.is_empty()
        || inner.timers.active() > 0
        || l.nested.iter().any(|s| s.is_claimed())
    {
        return None;
    }
    drop(l);
    let gs = inner.registry.dump();
    Some(format_deadlock(
        "all goroutines are asleep - deadlock!",
        &gs,
    ))
}

/// Goroutine 1 of a session: runs the posted jobs one after another.
struct Driver {
    mail: Arc<Mailbox>,
    inner: Arc<SchedInner>,
    flag: Arc<AtomicBool>,
}

impl Driver {
    /// Wait (off the P) for a job; `None`: stop.
    fn next_job(&self) -> Option<Box<GoState>> {
        let mut st = self.mail.st.lock();
        loop {
            if st.shutdown || self.inner.is_exiting() {
                return None;
            }
            if let Some(j) = st.job.take() {
                return Some(j);
            }
            self.mail.cv.wait_for(&mut st, POLL);
        }
    }

    fn post(&self, r: RunResult) {
        let mut st = self.mail.st.lock();
        st.result = Some(r);
        self.mail.cv.notify_all();
    }
}

impl Goroutine for Driver {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        loop {
            let job = cx.blocking(|| self.next_job());
            let Some(g) = job else {
                self.post(RunResult::Died(Death {
                    code: 0,
                    report: String::new(),
                    reported: false,
                }));
                return Yield::Exit;
            };
            let mut body = InputBody {
                g,
                flag: self.flag.clone(),
                ended: None,
            };
            let r = match cx.run_nested(&mut body) {
                Nested::Returned => match body.ended {
                    Some(Ended::Interrupted) => RunResult::Interrupted,
                    _ => RunResult::Returned,
                },
                Nested::Goexit => RunResult::Returned,
                Nested::Terminate(t) if t.report.is_empty() => RunResult::Exit(t.code),
                Nested::Terminate(t) => RunResult::Panicked(t.report),
                Nested::Exiting if cx.is_exiting() => RunResult::Died(Death {
                    code: 0,
                    report: String::new(),
                    reported: false,
                }),
                Nested::Exiting => RunResult::Interrupted,
            };
            let died = matches!(r, RunResult::Died(_));
            self.post(r);
            if died {
                return Yield::Exit;
            }
        }
    }

    fn traceback(&self) -> String {
        String::new()
    }
}

/// Why an input's body stopped early.
enum Ended {
    Interrupted,
}

/// The input's goroutine state, run nested inside the driver.
struct InputBody {
    g: Box<GoState>,
    flag: Arc<AtomicBool>,
    ended: Option<Ended>,
}

impl Goroutine for InputBody {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        if self.flag.load(Ordering::SeqCst) {
            self.ended = Some(Ended::Interrupted);
            return Yield::Exit;
        }
        let world = self.g.world.clone();
        match self.g.run(&mut Rt { cx, world: &world }) {
            Stop::Park => {
                world.flush_if_dirty();
                Yield::Park
            }
            Stop::Preempted => Yield::Preempted,
            Stop::Gosched => Yield::Gosched,
            Stop::Exit | Stop::Panicked => Yield::Exit,
            Stop::Goexit => Yield::Goexit,
            Stop::Terminate(code, report) => {
                Yield::Terminate(runtime::Termination { code, report })
            }
        }
    }

    fn traceback(&self) -> String {
        self.g.traceback()
    }
}
