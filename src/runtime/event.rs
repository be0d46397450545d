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
    fn event(&self, e: Event);
}
