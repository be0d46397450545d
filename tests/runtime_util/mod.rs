//! Fake goroutine bodies for runtime tests: small state machines written
//! as closures, so the scheduler can be tested without the interpreter.
#![allow(dead_code)]

use gorun::runtime::{Config, Deadlock, Goroutine, Op, Outcome, RunCx, Sched, Yield};
use gorun::value::Value;

/// A body made of a closure over its own state.
pub struct FnBody<F> {
    f: F,
    name: String,
}

impl<F: FnMut(&mut RunCx<'_>) -> Yield + Send> Goroutine for FnBody<F> {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        (self.f)(cx)
    }
    fn traceback(&self) -> String {
        format!("{}()\n\t/fake/{}.go:1 +0x0\n", self.name, self.name)
    }
}

/// Box a closure as a goroutine body named `name` (for tracebacks).
pub fn body<F>(name: &str, f: F) -> Box<dyn Goroutine>
where
    F: FnMut(&mut RunCx<'_>) -> Yield + Send + 'static,
{
    Box::new(FnBody {
        f,
        name: name.to_string(),
    })
}

/// Unwrap an `Op`: on `Park` return `Yield::Park` from the body.
#[macro_export]
macro_rules! ready {
    ($e:expr) => {
        match $e {
            gorun::runtime::Op::Ready(v) => v,
            gorun::runtime::Op::Park => return gorun::runtime::Yield::Park,
            gorun::runtime::Op::Panic(e) | gorun::runtime::Op::Fatal(e) => {
                return gorun::runtime::Yield::Terminate(gorun::runtime::Termination {
                    code: 2,
                    report: format!("panic: {e}"),
                })
            }
        }
    };
}

/// Run `main` on a fresh scheduler with `procs` Ps.
pub fn run(procs: usize, main: Box<dyn Goroutine>) -> Outcome {
    Sched::new(Config {
        gomaxprocs: Some(procs),
        ..Config::default()
    })
    .run_main(main)
}

/// Run `main` in deterministic mode with `seed`.
pub fn run_det(seed: u64, main: Box<dyn Goroutine>) -> Outcome {
    Sched::new(Config {
        deterministic: Some(seed),
        ..Config::default()
    })
    .run_main(main)
}

/// The deadlock report of `out` (the test fails on any other outcome).
pub fn expect_deadlock(out: Outcome) -> Deadlock {
    let Outcome::Deadlock(d) = out else {
        panic!("expected deadlock, got {out:?}");
    };
    d
}

/// Each blocked goroutine's id and wait reason, in the report's order.
pub fn wait_reasons(d: &Deadlock) -> Vec<(u64, &str)> {
    d.goroutines
        .iter()
        .map(|g| (g.id, g.wait_reason.as_str()))
        .collect()
}

/// The integer inside a value.
pub fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        other => panic!("not an int: {other:?}"),
    }
}

/// Is this op a park?
pub fn parks<T>(op: &Op<T>) -> bool {
    matches!(op, Op::Park)
}

/// A borrowed-closure body for `run_nested` (a callback may borrow the
/// caller's locals).
pub struct FnBodyRef<F> {
    f: F,
    name: String,
}

impl<F: FnMut(&mut RunCx<'_>) -> Yield + Send> FnBodyRef<F> {
    pub fn new(name: &str, f: F) -> Self {
        FnBodyRef {
            f,
            name: name.to_string(),
        }
    }
}

impl<F: FnMut(&mut RunCx<'_>) -> Yield + Send> Goroutine for FnBodyRef<F> {
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield {
        (self.f)(cx)
    }
    fn traceback(&self) -> String {
        format!(
            "{}()\n\t/fake/x.go:1 +0x0\nmain.main()\n\t/fake/x.go:2 +0x0\n",
            self.name
        )
    }
}
