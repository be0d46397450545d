//! Natives of package runtime (the scheduler's knobs, through the Host) and
//! of time's clock and sleep.

use super::util::{arg, int, ret_bool, ret_int};
use crate::library::abi::{panic_string, Host, NativeFn, Outcome, Park};
use crate::runtime::{TickValue, Timer};
use crate::value::Value;
use std::sync::Arc;

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
    ("time.newTimer", |h, a| new_timer(h, int(a, 0), false)),
    ("time.newTicker", |h, a| new_timer(h, int(a, 0), true)),
    ("time.stopTimer", |h, a| {
        with_timer(h, a, |cx, t| ret_bool(cx.timer_stop(t)))
    }),
    ("time.resetTimer", |h, a| {
        let d = int(a, 1);
        with_timer(h, a, move |cx, t| ret_bool(cx.timer_reset(t, d)))
    }),
    ("time.resetTicker", |h, a| {
        let d = int(a, 1);
        with_timer(h, a, move |cx, t| match cx.ticker_reset(t, d) {
            Ok(()) => Outcome::none(),
            Err(e) => panic_string(e.as_str()),
        })
    }),
];

/// A time.Time value (`Time{wall, mono, loc}` of std/time.go) for the
/// runtime clock reading `when`, given the wall-minus-monotonic offset.
fn time_value(when: i64, offset: i64) -> Value {
    Value::new_struct(vec![
        Value::Int(offset.saturating_add(when)),
        Value::Int(when.saturating_add(1)),
        Value::Nil,
    ])
}

/// `newTimer(d)` / `newTicker(d)`: (the channel, the runtime timer), or
/// (nil, nil) when the host has no runtime (std/time.go then falls back to
/// goroutine timers).
fn new_timer(host: &mut dyn Host, d: i64, ticker: bool) -> Outcome {
    let mut ran = false;
    let out = host.with_runtime(&mut |cx| {
        ran = true;
        let offset = cx.unix_nanos() - cx.now();
        let tick: TickValue = Arc::new(move |when| time_value(when, offset));
        let zero = Value::new_struct(vec![Value::Int(0), Value::Int(0), Value::Nil]);
        let t = if ticker {
            match cx.new_ticker(d, tick, zero) {
                Ok(t) => t,
                Err(e) => return panic_string(e.as_str()),
            }
        } else {
            cx.new_timer(d, tick, zero)
        };
        let ch = t.chan().map_or(Value::Nil, |c| Value::Chan(Arc::new(c)));
        Outcome::Return(vec![ch, Value::Native(Arc::new(t))])
    });
    if ran {
        out
    } else {
        Outcome::Return(vec![Value::Nil, Value::Nil])
    }
}

/// Runs `f` on the runtime timer held in argument 0 (`r any`).
fn with_timer(
    host: &mut dyn Host,
    a: &[Value],
    mut f: impl FnMut(&mut crate::runtime::RunCx<'_>, &Timer) -> Outcome,
) -> Outcome {
    // An opaque `any` field holds the Value::Native itself (no Go type).
    let timer = match arg(a, 0) {
        Value::Native(t) => t.downcast_ref::<Timer>().cloned(),
        _ => None,
    };
    let Some(t) = timer else {
        return panic_string("time: Stop called on uninitialized Timer");
    };
    host.with_runtime(&mut |cx| f(cx, &t))
}

fn sleep(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let d = int(a, 0);
    if d <= 0 {
        return Outcome::none();
    }
    Outcome::Park(Park::Sleep(std::time::Duration::from_nanos(d as u64)))
}
