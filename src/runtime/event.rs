//! The one narrow point every scheduling event passes through.
//!
//! A scheduler is built with `Option<Arc<dyn EventSink>>`; every emit site
//! is `if let Some(s) = &sched.events { s.event(..) }`: one predictable
//! branch when unused. A timeline view, a race detector or schedule
//! exploration attach here without touching the hot path.

use super::g::{Goid, WaitReason};

/// A scheduling event. `by` is the goroutine that caused it (0 when the
/// runtime itself did: a timer, the scheduler).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// `go` statement: `g` created by `parent`.
    GoCreate { g: Goid, parent: Goid },
    /// `g` starts (or resumes) running on P number `p`.
    GoStart { g: Goid, p: usize },
    /// `g` blocks.
    GoBlock { g: Goid, reason: WaitReason },
    /// `g` was made runnable by `by`.
    GoUnblock { g: Goid, by: Goid },
    /// `g` was preempted or called Gosched.
    GoSched { g: Goid },
    /// `g` finished.
    GoEnd { g: Goid },
    /// `g` sent on channel `chan` (completed).
    ChanSend { g: Goid, chan: u64 },
    /// `g` received from channel `chan` (completed).
    ChanRecv { g: Goid, chan: u64 },
    /// `g` closed channel `chan`.
    ChanClose { g: Goid, chan: u64 },
    /// `g` acquired lock object `obj` (Mutex, or RWMutex write side).
    Lock { g: Goid, obj: u64 },
    /// `g` released lock object `obj`.
    Unlock { g: Goid, obj: u64 },
}

/// Receives every event, from any thread.
pub trait EventSink: Send + Sync {
    /// One event.
    fn event(&self, e: Event);

    /// What the runtime calls: the event and the scheduler's clock when it
    /// happened (nanoseconds since start; the virtual clock in
    /// deterministic mode, so a trace's times are reproducible there). The
    /// default ignores the time.
    fn event_at(&self, e: Event, now: i64) {
        let _ = now;
        self.event(e);
    }
}
