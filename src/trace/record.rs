//! Recording: the runtime's event sink for `--trace`, built to cost little
//! on the scheduler's hot path.
//!
//! Every event gets a global sequence number (one relaxed-contention atomic
//! `fetch_add`, no global mutex) and a timestamp, and is appended to one of
//! [`SHARDS`] buffers chosen once per OS thread: each M appends to its own
//! shard, so its (parking_lot) lock is uncontended in practice. The
//! sequence number gives the one total order the analysis replays; it
//! respects causality because an event is emitted before the goroutine it
//! concerns is handed to another thread.
//!
//! Time is real nanoseconds since the recorder was made, or, in
//! deterministic mode ([`TimeBase::Ticks`]), the sequence number itself:
//! one tick per scheduling event, so the same program and seed give the
//! same trace. Recording stops after [`MAX_EVENTS`] events (the trace then
//! says it was truncated) so that a long run cannot exhaust memory.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use parking_lot::Mutex;

use crate::interp::RunObserver;
use crate::runtime::{Event, EventSink, Goid};

/// Number of event buffers (one per OS thread, modulo this): more than
/// the Ms a program on a laptop keeps busy, so each M has its own.
pub const SHARDS: usize = 16;

/// Most events recorded in one run: about 40 MB (40 bytes each), several
/// seconds of a busy program; a learner's trace needs far less, and
/// Perfetto struggles with much larger JSON files.
pub const MAX_EVENTS: u64 = 1_000_000;

/// What a trace's timestamps count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeBase {
    /// Real nanoseconds since the run started.
    Nanos,
    /// Scheduling events (deterministic mode): reproducible.
    Ticks,
}

/// One recorded event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rec {
    /// Position in the run's total order of events.
    pub seq: u64,
    /// Nanoseconds since start, or the tick (= `seq`).
    pub t: i64,
    pub event: Event,
}

/// A goroutine's entry function and `go` statement, as the interpreter
/// reported them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The new goroutine.
    pub g: Goid,
    /// Its entry function (`main.worker`).
    pub func: String,
    /// Its `go` statement (`main.main at prog.go:12`), empty if unknown.
    pub site: String,
}

/// One thread's buffers.
#[derive(Default)]
struct Shard {
    /// Events, in this thread's order (a subsequence of `seq` order).
    recs: Vec<Rec>,
    /// Goroutine origins reported from this thread.
    origins: Vec<Origin>,
}

/// The event sink (and [`RunObserver`]) `--trace` installs.
pub struct Recorder {
    /// What timestamps count.
    base: TimeBase,
    /// Real time 0 (the recording is later shifted to its first event).
    start: Instant,
    /// The next event's sequence number.
    seq: AtomicU64,
    /// Set once an event was dropped for [`MAX_EVENTS`].
    truncated: AtomicBool,
    /// The per-thread buffers.
    shards: Vec<Mutex<Shard>>,
}

/// Everything one run recorded, in sequence order.
#[derive(Clone, Debug, Default)]
pub struct Recording {
    /// Every event, in sequence order, time 0 at the first.
    pub recs: Vec<Rec>,
    /// Goroutine origins, by goroutine id.
    pub origins: Vec<Origin>,
    /// Time at which the run was over (after the last event).
    pub end: i64,
    /// True if [`MAX_EVENTS`] cut the recording short.
    pub truncated: bool,
    /// True if `t` counts ticks rather than nanoseconds.
    pub ticks: bool,
}

/// This thread's shard index (threads are numbered as they first record).
fn shard_index() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static INDEX: usize = NEXT.fetch_add(1, Ordering::Relaxed) % SHARDS;
    }
    INDEX.with(|i| *i)
}

impl Recorder {
    pub fn new(base: TimeBase) -> Recorder {
        Recorder {
            base,
            start: Instant::now(),
            seq: AtomicU64::new(0),
            truncated: AtomicBool::new(false),
            shards: (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect(),
        }
    }

    fn now(&self, seq: u64) -> i64 {
        match self.base {
            TimeBase::Ticks => seq as i64,
            TimeBase::Nanos => self.start.elapsed().as_nanos().min(i64::MAX as u128) as i64,
        }
    }

    /// Everything recorded so far, merged into sequence order. Call once the
    /// run is over (later events would be missed, never corrupt anything).
    pub fn take(&self) -> Recording {
        let end_seq = self.seq.load(Ordering::SeqCst);
        let end = self.now(end_seq);
        let mut recs = Vec::new();
        let mut origins = Vec::new();
        for s in &self.shards {
            let mut s = s.lock();
            recs.append(&mut s.recs);
            origins.append(&mut s.origins);
        }
        recs.sort_unstable_by_key(|r| r.seq);
        // Time 0 is the first event (main's creation), not the start of
        // parsing. Real timestamps are read after the sequence number:
        // make them monotonic along the sequence.
        let origin = recs.first().map_or(0, |r| r.t);
        let mut last = 0;
        for r in &mut recs {
            r.t = (r.t - origin).max(last);
            last = r.t;
        }
        // After main returned, the rest is teardown, not the program.
        let main_ended = recs.iter().rev().take(64).any(|r| {
            r.event
                == Event::GoEnd {
                    g: crate::runtime::MAIN_GOID,
                }
        });
        let truncated = self.truncated.load(Ordering::Relaxed);
        // Truncated: nothing is known after the last recorded event.
        let end = if (main_ended || truncated) && self.base == TimeBase::Nanos {
            last
        } else if truncated {
            last + 1
        } else {
            end - origin
        };
        origins.sort_by_key(|o| o.g);
        Recording {
            recs,
            origins,
            end: end.max(last),
            truncated,
            ticks: self.base == TimeBase::Ticks,
        }
    }
}

impl EventSink for Recorder {
    fn event(&self, event: Event) {
        let seq = self.seq.fetch_add(1, Ordering::SeqCst);
        if seq >= MAX_EVENTS {
            self.truncated.store(true, Ordering::Relaxed);
            return;
        }
        let t = self.now(seq);
        self.shards[shard_index()]
            .lock()
            .recs
            .push(Rec { seq, t, event });
    }
}

impl RunObserver for Recorder {
    fn go_created(&self, g: u64, func: &str, site: &str) {
        self.shards[shard_index()].lock().origins.push(Origin {
            g,
            func: func.to_string(),
            site: site.to_string(),
        });
    }
}
