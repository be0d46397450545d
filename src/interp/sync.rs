//! Schedulers for code that runs outside the real scheduler's loop.
//!
//! [`NoSched`] serves Go callbacks run to completion from Rust (fmt calling
//! `String()`, a deferred native): nothing may block there, so every
//! blocking operation is reported as a fatal error instead of hanging.
//! [`LocalSched`] is a one-thread round-robin scheduler without channels,
//! used until the runtime's M:N scheduler is wired in (and by unit tests).

use super::exec::{GoState, Op, Sched, Stop};
use crate::library::abi::Park;
use crate::value::Value;
use std::collections::VecDeque;

/// A scheduler that cannot block.
pub struct NoSched(pub u64);

const CANNOT_BLOCK: &str =
    "gorun: a blocking operation inside a callback from library code is not supported yet";

impl Sched for NoSched {
    fn should_yield(&mut self) -> bool {
        false
    }
    fn spawn(&mut self, _g: GoState) {}
    fn make_chan(&mut self, _cap: usize, _zero: Value) -> Value {
        Value::Nil
    }
    fn send(&mut self, _ch: &Value, _v: Value) -> Op<()> {
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn recv(&mut self, _ch: &Value) -> Op<(Value, bool)> {
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn close(&mut self, _ch: &Value) -> Op<()> {
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn select(
        &mut self,
        _cases: &[(Value, Option<Value>)],
        has_default: bool,
    ) -> Op<(Option<usize>, Value, bool)> {
        if has_default {
            return Op::Ready((None, Value::Nil, false));
        }
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn park_native(&mut self, p: Park) -> Op<()> {
        match p {
            Park::Sleep(d) => {
                std::thread::sleep(d);
                Op::Ready(())
            }
            Park::Yield => Op::Ready(()),
            Park::Runtime(_) => Op::Fatal(CANNOT_BLOCK.into()),
        }
    }
    fn goid(&self) -> u64 {
        self.0
    }
}

/// One-thread round-robin scheduler: runs the main goroutine and the ones
/// it starts until main returns; channels are not available.
pub struct LocalSched {
    queue: VecDeque<GoState>,
    current: u64,
}

impl LocalSched {
    /// Runs `main` (and every goroutine it starts) to the end: the exit code
    /// and the stderr report.
    pub fn run_main(main: GoState) -> (i32, String) {
        let mut s = LocalSched {
            queue: VecDeque::new(),
            current: main.goid,
        };
        let mut main = main;
        loop {
            s.current = main.goid;
            match main.run(&mut s) {
                Stop::Exit => return (0, String::new()),
                Stop::Terminate(code, report) => return (code, report),
                Stop::Preempted | Stop::Gosched => {
                    if let Some(r) = s.run_others() {
                        return r;
                    }
                }
                Stop::Park | Stop::Goexit | Stop::Panicked => {
                    if let Some(r) = s.run_others() {
                        return r;
                    }
                    if s.queue.is_empty() {
                        let report = format!(
                            "fatal error: all goroutines are asleep - deadlock!\n\n{}",
                            main.goroutine_header_trace("chan receive")
                        );
                        return (2, report);
                    }
                }
            }
        }
    }

    fn run_others(&mut self) -> Option<(i32, String)> {
        for _ in 0..self.queue.len() {
            let Some(mut g) = self.queue.pop_front() else {
                break;
            };
            self.current = g.goid;
            match g.run(self) {
                Stop::Preempted | Stop::Gosched => self.queue.push_back(g),
                Stop::Terminate(code, report) => return Some((code, report)),
                _ => {}
            }
        }
        None
    }
}

impl Sched for LocalSched {
    fn should_yield(&mut self) -> bool {
        !self.queue.is_empty()
    }
    fn spawn(&mut self, g: GoState) {
        self.queue.push_back(g);
    }
    fn make_chan(&mut self, cap: usize, zero: Value) -> Value {
        NoSched(self.current).make_chan(cap, zero)
    }
    fn send(&mut self, ch: &Value, v: Value) -> Op<()> {
        NoSched(self.current).send(ch, v)
    }
    fn recv(&mut self, ch: &Value) -> Op<(Value, bool)> {
        NoSched(self.current).recv(ch)
    }
    fn close(&mut self, ch: &Value) -> Op<()> {
        NoSched(self.current).close(ch)
    }
    fn select(
        &mut self,
        cases: &[(Value, Option<Value>)],
        has_default: bool,
    ) -> Op<(Option<usize>, Value, bool)> {
        NoSched(self.current).select(cases, has_default)
    }
    fn park_native(&mut self, p: Park) -> Op<()> {
        NoSched(self.current).park_native(p)
    }
    fn goid(&self) -> u64 {
        self.current
    }
}
