//! The interpreter on the runtime: a goroutine's [`GoState`] is the body
//! of a runtime G ([`Goroutine`]), and [`Rt`] adapts the runtime's
//! [`RunCx`] to the interpreter's [`Sched`] view (channel values to
//! runtime channels, `Op`s and errors to Go panics, nested callbacks).
//!
//! [`run_world`] starts package initialisation and `main.main` on
//! goroutine 1 and turns the runtime's outcome into an exit status and
//! Go's report (panic, fatal error, or the deadlock dump).

use super::chan::as_chan;
use super::exec::{GoState, Op, Sched, Stop};
use super::unwind::Deferred;
use super::{RunOptions, World};
use crate::library::abi::Park;
use crate::runtime::{self, CaseRef, Cases, Goroutine, Nested, RunCx, Selected, Yield};
use crate::value::{Func, Value};
use std::sync::Arc;

/// The runtime seen through the interpreter's `Sched` trait.
pub struct Rt<'a, 'b> {
    pub cx: &'a mut RunCx<'b>,
    pub world: &'a World,
}

fn op<T>(o: runtime::Op<T>) -> Op<T> {
    match o {
        runtime::Op::Ready(v) => Op::Ready(v),
        runtime::Op::Park => Op::Park,
        runtime::Op::Panic(e) => Op::Panic(e.as_str().into()),
        runtime::Op::Fatal(e) => Op::Fatal(e.as_str().into()),
    }
}

impl Sched for Rt<'_, '_> {
    fn should_yield(&mut self) -> bool {
        self.cx.should_yield()
    }
    fn spawn(&mut self, g: GoState) {
        let Some(obs) = g.world.observer.clone() else {
            self.cx.spawn(Box::new(g));
            return;
        };
        let prog = &g.world.prog;
        let func = g
            .frames
            .first()
            .and_then(|f| prog.funcs.get(f.func as usize))
            .map_or(String::new(), |f| f.name.clone());
        let site = g.created_by.map_or(String::new(), |(f, pc, _)| {
            let Some(func) = prog.funcs.get(f as usize) else {
                return String::new();
            };
            let span = func.spans.get(pc as usize).copied().unwrap_or(func.span);
            let (path, line) = g.world.position(func.file, span.lo);
            let file = path.rsplit('/').next().unwrap_or(path);
            format!("{} at {file}:{line}", func.name)
        });
        let id = self.cx.spawn(Box::new(g));
        obs.0.go_created(id, &func, &site);
    }
    fn send(&mut self, ch: &Value, v: Value) -> Op<()> {
        op(self.cx.send(as_chan(ch), v))
    }
    fn recv(&mut self, ch: &Value) -> Op<(Value, bool)> {
        op(self.cx.recv(as_chan(ch)))
    }
    fn close(&mut self, ch: &Value) -> Op<()> {
        match self.cx.close(as_chan(ch)) {
            Ok(()) => Op::Ready(()),
            Err(e) => Op::Panic(e.as_str().into()),
        }
    }
    fn select(
        &mut self,
        cases: &[(Value, Option<Value>)],
        has_default: bool,
    ) -> Op<(Option<usize>, Value, bool)> {
        match op(self.cx.select_cases(&EvaluatedCases(cases), has_default)) {
            Op::Ready(Selected::Default) => Op::Ready((None, Value::Nil, false)),
            Op::Ready(Selected::Case { index, value, ok }) => Op::Ready((Some(index), value, ok)),
            Op::Park => Op::Park,
            Op::Panic(m) => Op::Panic(m),
            Op::Fatal(m) => Op::Fatal(m),
        }
    }
    fn park_native(&mut self, p: Park) -> Op<()> {
        match p {
            Park::Sleep(d) => op(self.cx.sleep(d.as_nanos().min(i64::MAX as u128) as i64)),
            Park::Yield => Op::Ready(()),
            Park::Runtime(_) => Op::Fatal("gorun: unsupported park request from a native".into()),
        }
    }
    fn goid(&self) -> u64 {
        self.cx.goid()
    }
    fn num_goroutine(&self) -> i64 {
        self.cx.num_goroutine() as i64
    }
    fn gomaxprocs(&mut self, n: i64) -> i64 {
        self.cx.gomaxprocs(n) as i64
    }
    fn run_nested(&mut self, g: &mut GoState) -> Stop {
        let mut body = NestedBody { g, last: None };
        match self.cx.run_nested(&mut body) {
            Nested::Returned => body.last.unwrap_or(Stop::Exit),
            Nested::Goexit => Stop::Goexit,
            Nested::Terminate(t) => Stop::Terminate(t.code, t.report),
            Nested::Exiting => Stop::Terminate(0, String::new()),
        }
    }
    fn with_runtime(
        &mut self,
        f: crate::library::abi::WithRuntime<'_>,
    ) -> crate::library::abi::Outcome {
        f(self.cx)
    }
    fn now(&self) -> i64 {
        self.cx.now()
    }
    fn unix_nanos(&self) -> i64 {
        self.cx.unix_nanos()
    }
    fn rand_u64(&mut self) -> u64 {
        self.cx.rand_u64()
    }
}

/// A select's evaluated operands (channel, and the value of a send case)
/// as the runtime's cases, without copying them.
struct EvaluatedCases<'a>(&'a [(Value, Option<Value>)]);

impl Cases for EvaluatedCases<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn case(&self, i: usize) -> CaseRef<'_> {
        let (c, v) = &self.0[i];
        match v {
            Some(v) => CaseRef::Send(as_chan(c), v),
            None => CaseRef::Recv(as_chan(c)),
        }
    }
}

/// A Go callback run to completion inside the same goroutine.
struct NestedBody<'g> {
    g: &'g mut GoState,
    /// How the callback's boundary frame ended (normal return or a panic).
    last: Option<Stop>,
}

fn to_yield(s: Stop) -> Yield {
    match s {
        Stop::Park => Yield::Park,
        Stop::Preempted => Yield::Preempted,
        Stop::Gosched => Yield::Gosched,
        Stop::Exit | Stop::Panicked => Yield::Exit,
        Stop::Goexit => Yield::Goexit,
        Stop::Terminate(code, report) => Yield::Terminate(runtime::Termination { code, report }),
    }
}

impl Goroutine for NestedBody<'_> {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        let world = self.g.world.clone();
        let s = self.g.run(&mut Rt { cx, world: &world });
        if matches!(s, Stop::Exit | Stop::Panicked) {
            self.last = Some(match s {
                Stop::Panicked => Stop::Panicked,
                _ => Stop::Exit,
            });
        }
        to_yield(s)
    }
    fn traceback(&self) -> String {
        self.g.traceback()
    }
}

impl Goroutine for GoState {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        let world = self.world.clone();
        let stop = GoState::run(self, &mut Rt { cx, world: &world });
        if matches!(stop, Stop::Park) {
            // Blocking: let the user see what was printed meanwhile.
            world.flush_if_dirty();
        }
        to_yield(stop)
    }
    fn traceback(&self) -> String {
        GoState::traceback(self)
    }
}

/// Runs package initialisation then `main.main` on goroutine 1 under the
/// M:N scheduler; returns the exit status and the stderr report.
pub fn run_world(world: &Arc<World>, opts: &RunOptions) -> (i32, String) {
    let prog = world.prog.clone();
    let mut g = GoState::new(world.clone(), 1);
    let call = |f: u32| Deferred::Call {
        func: Value::Func(Arc::new(Func::Closure {
            func: f,
            env: Box::new([]),
        })),
        args: Vec::new(),
    };
    // Frames are pushed in reverse: init runs first, then main.
    let mut ns = super::sync::NoSched(1);
    if g.push_deferred_call(&prog, &mut ns, call(prog.main), false)
        .is_err()
        || g.push_deferred_call(&prog, &mut ns, call(prog.init), false)
            .is_err()
    {
        return (2, "gorun: cannot start main\n".into());
    }
    let cfg = runtime::Config {
        gomaxprocs: opts.gomaxprocs,
        deterministic: opts.deterministic.then_some(opts.seed),
        events: opts
            .observer
            .as_ref()
            .map(|o| o.0.clone() as Arc<dyn runtime::EventSink>),
    };
    let sched = runtime::Sched::new(cfg);
    match sched.run_main(Box::new(g)) {
        runtime::Outcome::MainReturned => (0, String::new()),
        runtime::Outcome::Terminated(t) => (t.code, t.report),
        runtime::Outcome::Deadlock(d) => {
            let mut out = format!("fatal error: {}\n", d.message());
            for gd in &d.goroutines {
                out.push_str(&format!(
                    "\ngoroutine {} [{}]:\n{}",
                    gd.id, gd.wait_reason, gd.traceback
                ));
            }
            (2, out)
        }
    }
}
