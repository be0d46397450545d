//! A scheduler for Go code that runs where no scheduler is at hand: the
//! `Error()`/`String()` calls of an unrecovered panic's report (the
//! goroutine is dying) and the set-up of goroutine 1. Every blocking
//! operation there is a fatal error rather than a hang. (Go callbacks from
//! library code run through the runtime's `run_nested`, see
//! [`super::bridge`].)

use super::exec::{GoState, Op, Sched, Stop};
use crate::library::abi::Park;
use crate::value::Value;

/// A scheduler that cannot block.
pub struct NoSched(pub u64);

const CANNOT_BLOCK: &str =
    "gorun: a blocking operation where nothing may block (deferred native or panic report)";

impl Sched for NoSched {
    fn should_yield(&mut self) -> bool {
        false
    }
    fn spawn(&mut self, _g: GoState) {}
    fn send(&mut self, _ch: &Value, _v: Value) -> Op<()> {
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn recv(&mut self, _ch: &Value) -> Op<(Value, bool)> {
        Op::Fatal(CANNOT_BLOCK.into())
    }
    fn close(&mut self, ch: &Value) -> Op<()> {
        if ch.is_nil() {
            return Op::Panic("close of nil channel".into());
        }
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
    fn run_nested(&mut self, g: &mut GoState) -> Stop {
        loop {
            match g.run(self) {
                Stop::Preempted | Stop::Gosched => continue,
                s => return s,
            }
        }
    }
    fn now(&self) -> i64 {
        0
    }
    fn unix_nanos(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0)
    }
    fn rand_u64(&mut self) -> u64 {
        self.unix_nanos() as u64
    }
}
