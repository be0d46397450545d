//! Natives of package runtime (the scheduler's knobs, through the Host) and
//! of time's clock and sleep.

use super::util::{int, ret_int};
use crate::library::abi::{Host, NativeFn, Outcome, Park};
use crate::value::Value;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("runtime.GOMAXPROCS", |h, a| {
        ret_int(h.gomaxprocs(int(a, 0)))
    }),
    ("runtime.NumGoroutine", |h, _| ret_int(h.num_goroutine())),
    ("runtime.NumCPU", |_, _| {
        ret_int(std::thread::available_parallelism().map_or(1, |n| n.get()) as i64)
    }),
    ("runtime.Gosched", |_, _| Outcome::Park(Park::Yield)),
    ("runtime.Goexit", |_, _| Outcome::Goexit),
    ("runtime.GC", |_, _| Outcome::none()),
    ("runtime.Version", |_, _| {
        Outcome::one(Value::str("go1.27.3"))
    }),
    ("runtime.KeepAlive", |_, _| Outcome::none()),
    ("runtime.ReadMemStats", |_, _| Outcome::none()),
    ("time.unixNano", |h, _| ret_int(h.now_nanos())),
    ("time.monoNano", |h, _| ret_int(h.mono_nanos())),
    ("time.Sleep", sleep),
];

fn sleep(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let d = int(a, 0);
    if d <= 0 {
        return Outcome::none();
    }
    Outcome::Park(Park::Sleep(std::time::Duration::from_nanos(d as u64)))
}
