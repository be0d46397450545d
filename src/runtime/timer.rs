//! Timers: one heap of deadlines for time.Sleep, timer channels
//! (time.After, NewTimer, NewTicker, Tick) and time.AfterFunc.
//!
//! * A sleeping G (or callback thread) waits *in* the heap: the entry owns
//!   it until the deadline, then it is readied with `Wakeup::Slept`.
//! * A [`Timer`] object has a generation number; each (re)arming pushes an
//!   entry tagged with the current generation, and Stop/Reset bump it, so
//!   superseded entries are recognised and skipped when they come due (and
//!   swept when they outnumber live ones). Go 1.23+ semantics: the timer's
//!   channel reports len = cap = 0, Stop and Reset drain any undelivered
//!   value, so no stale tick is ever received after them.
//! * `active` counts armed timers and sleepers: checkdead declares a
//!   deadlock only when it is zero. `next_when` (the earliest deadline) is
//!   an atomic so every scheduling point can check it without a lock.

use std::cmp::Ordering as CmpOrdering;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::chan::Chan;
use super::g::{Goroutine, RuntimeError, Wakeup};
use super::sched::SchedInner;
use super::waitq::{Parker, Woken};
use crate::value::Value;

/// Makes a new goroutine body for each AfterFunc firing.
pub type BodyFactory = Arc<dyn Fn() -> Box<dyn Goroutine> + Send + Sync>;

/// Makes the value a timer channel delivers from the deadline (clock
/// nanoseconds): the library turns it into a time.Time.
pub type TickValue = Arc<dyn Fn(i64) -> Value + Send + Sync>;

/// Sweep superseded entries when the heap exceeds twice the live ones
/// plus this.
const SWEEP_SLACK: usize = 64;

enum What {
    /// A sleeping G or thread.
    Sleep(Parker),
    /// A timer object, armed at this generation.
    Timer(Arc<TimerInner>, u64),
}

struct Entry {
    when: i64,
    seq: u64,
    what: What,
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.when == o.when && self.seq == o.seq
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<CmpOrdering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    // Reversed: BinaryHeap is a max-heap, we want the earliest first.
    fn cmp(&self, o: &Self) -> CmpOrdering {
        (o.when, o.seq).cmp(&(self.when, self.seq))
    }
}

impl Entry {
    fn live(&self) -> bool {
        match &self.what {
            What::Sleep(_) => true,
            What::Timer(t, gen) => t.gen.load(Ordering::Acquire) == *gen,
        }
    }
}

/// The timer heap.
pub(crate) struct Timers {
    heap: Mutex<Heap>,
    /// Earliest deadline in the heap (i64::MAX when empty).
    next: AtomicI64,
    /// Armed timers plus sleepers.
    active: AtomicUsize,
}

#[derive(Default)]
struct Heap {
    h: BinaryHeap<Entry>,
    seq: u64,
}

impl Default for Timers {
    fn default() -> Self {
        Timers {
            heap: Mutex::new(Heap::default()),
            next: AtomicI64::new(i64::MAX),
            active: AtomicUsize::new(0),
        }
    }
}

/// What firing a timer asks the M to do.
pub(crate) enum Fired {
    /// Ready this sleeper.
    Woken(Woken),
    /// Start a goroutine (AfterFunc).
    Spawn(Box<dyn Goroutine>),
}

impl Timers {
    /// Earliest deadline (i64::MAX if none).
    #[inline]
    pub(crate) fn next_when(&self) -> i64 {
        self.next.load(Ordering::Acquire)
    }

    /// Armed timers plus sleepers.
    pub(crate) fn active(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    /// Push an entry; true if it became the earliest.
    fn push(&self, when: i64, what: What) -> bool {
        let mut h = self.heap.lock();
        let live = self.active.load(Ordering::Relaxed);
        if h.h.len() > 2 * live + SWEEP_SLACK {
            let old = std::mem::take(&mut h.h);
            h.h = old.into_iter().filter(Entry::live).collect();
        }
        h.seq += 1;
        let seq = h.seq;
        h.h.push(Entry { when, seq, what });
        let earliest = h.h.peek().map_or(i64::MAX, |e| e.when);
        let prev = self.next.swap(earliest, Ordering::AcqRel);
        earliest < prev
    }

    /// Pop every entry due at `now` and fire it.
    pub(crate) fn run_due(&self, now: i64) -> Vec<Fired> {
        let mut due = Vec::new();
        {
            let mut h = self.heap.lock();
            while h.h.peek().is_some_and(|e| e.when <= now) {
                if let Some(e) = h.h.pop() {
                    due.push(e);
                }
            }
            self.next
                .store(h.h.peek().map_or(i64::MAX, |e| e.when), Ordering::Release);
        }
        let mut out = Vec::with_capacity(due.len());
        for e in due {
            match e.what {
                What::Sleep(p) => {
                    self.active.fetch_sub(1, Ordering::SeqCst);
                    out.push(Fired::Woken(p.complete_now(0, Wakeup::Slept)));
                }
                What::Timer(t, gen) => {
                    if let Some(f) = self.fire(&t, gen, e.when, now) {
                        out.push(f);
                    }
                }
            }
        }
        out
    }

    fn fire(&self, t: &Arc<TimerInner>, gen: u64, when: i64, now: i64) -> Option<Fired> {
        {
            let mut st = t.st.lock();
            if t.gen.load(Ordering::Acquire) != gen || !st.active {
                return None;
            }
            if st.period > 0 {
                // Go: next = when + period*(1 + (now-when)/period).
                let missed = now.saturating_sub(when) / st.period;
                let next = when.saturating_add(st.period.saturating_mul(missed.saturating_add(1)));
                st.when = next;
                self.push(next, What::Timer(t.clone(), gen));
            } else {
                st.active = false;
                self.active.fetch_sub(1, Ordering::SeqCst);
            }
        }
        match &t.kind {
            Kind::Chan(c, mk) => Some(Fired::Woken(c.timer_deliver(mk(when)))),
            Kind::Func(f) => Some(Fired::Spawn(f())),
        }
    }
}

impl SchedInner {
    /// time.Sleep: `parker` waits in the heap until `when`.
    pub(crate) fn add_sleep(&self, parker: Parker, when: i64) {
        self.timers.active.fetch_add(1, Ordering::SeqCst);
        if self.timers.push(when, What::Sleep(parker)) {
            self.timer_wake();
        }
    }

    /// Arm `t` to fire at `when` (lock on `t` held by the caller).
    fn arm(&self, t: &Arc<TimerInner>, st: &mut TState, when: i64) -> bool {
        let gen = t.gen.fetch_add(1, Ordering::AcqRel) + 1;
        if !st.active {
            st.active = true;
            self.timers.active.fetch_add(1, Ordering::SeqCst);
        }
        st.when = when;
        self.timers.push(when, What::Timer(t.clone(), gen))
    }

    /// Create and arm a timer.
    pub(crate) fn new_timer(&self, kind: Kind, when: i64, period: i64) -> Timer {
        let t = Arc::new(TimerInner {
            gen: AtomicU64::new(0),
            st: Mutex::new(TState {
                active: false,
                when,
                period,
            }),
            kind,
        });
        let earlier = {
            let mut st = t.st.lock();
            self.arm(&t, &mut st, when)
        };
        if earlier {
            self.timer_wake();
        }
        Timer(t)
    }

    /// Timer.Stop: true if it was armed. Drains the channel.
    pub(crate) fn stop_timer(&self, t: &Timer) -> bool {
        let was = {
            let mut st = t.0.st.lock();
            t.0.gen.fetch_add(1, Ordering::AcqRel);
            let was = st.active;
            if was {
                st.active = false;
                self.timers.active.fetch_sub(1, Ordering::SeqCst);
            }
            was
        };
        if let Kind::Chan(c, _) = &t.0.kind {
            c.timer_drain();
        }
        was
    }

    /// Timer.Reset / Ticker.Reset: true if it was armed. A period of 0
    /// keeps the timer one-shot; `Some(p)` sets a ticker's period.
    pub(crate) fn reset_timer(&self, t: &Timer, when: i64, period: Option<i64>) -> bool {
        if let Kind::Chan(c, _) = &t.0.kind {
            c.timer_drain();
        }
        let (was, earlier) = {
            let mut st = t.0.st.lock();
            let was = st.active;
            if let Some(p) = period {
                st.period = p;
            }
            (was, self.arm(&t.0, &mut st, when))
        };
        if earlier {
            self.timer_wake();
        }
        was
    }
}

/// What a timer does when it fires.
pub(crate) enum Kind {
    /// Deliver a tick on this channel (value made from the deadline).
    Chan(Chan, TickValue),
    /// Start a goroutine.
    Func(BodyFactory),
}

pub(crate) struct TimerInner {
    /// Bumped by every arm/stop; heap entries carry the value they saw.
    gen: AtomicU64,
    st: Mutex<TState>,
    kind: Kind,
}

struct TState {
    active: bool,
    when: i64,
    /// Ticker period in nanoseconds (0: one-shot).
    period: i64,
}

/// A time.Timer or time.Ticker (or an AfterFunc timer).
#[derive(Clone)]
pub struct Timer(Arc<TimerInner>);

impl Timer {
    /// The timer's channel (`t.C`); None for AfterFunc timers.
    pub fn chan(&self) -> Option<Chan> {
        match &self.0.kind {
            Kind::Chan(c, _) => Some(c.clone()),
            Kind::Func(_) => None,
        }
    }

    /// True while armed.
    pub fn is_active(&self) -> bool {
        self.0.st.lock().active
    }
}

/// Check a ticker period.
pub(crate) fn check_period(d: i64) -> Result<i64, RuntimeError> {
    if d <= 0 {
        Err(RuntimeError::NonPositiveTickerInterval)
    } else {
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::sched::{Config, Sched};

    /// Resetting one timer 100,000 times leaves a bounded heap (superseded
    /// entries are swept) and one active timer.
    #[test]
    fn resets_do_not_grow_the_heap() {
        let sched = Sched::new(Config {
            deterministic: Some(0),
            ..Config::default()
        });
        let inner = &sched.inner;
        let tick: TickValue = Arc::new(Value::Int);
        let t = inner.new_timer(Kind::Chan(Chan::new_timer(Value::Int(0)), tick), 1_000, 0);
        for i in 0..100_000 {
            assert!(inner.reset_timer(&t, 2_000 + i, None));
        }
        assert_eq!(inner.timers.active(), 1);
        assert!(inner.timers.heap.lock().h.len() <= 2 + SWEEP_SLACK + 1);
        assert!(inner.stop_timer(&t));
        assert_eq!(inner.timers.active(), 0);
        // Everything left is superseded: firing delivers nothing.
        assert!(inner.timers.run_due(i64::MAX).is_empty());
        assert_eq!(t.chan().map(|c| c.0.state.lock().buf_len()), Some(0));
    }
}
