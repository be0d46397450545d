//! Time and randomness as the scheduler sees them.
//!
//! [`Clock`] is monotonic nanoseconds since the scheduler started: real
//! (`Instant`), or virtual in deterministic mode, where it moves only when
//! every goroutine is blocked and the scheduler jumps it to the earliest
//! timer (as the Go playground does). [`FastRand`] is a small seeded PRNG
//! (wyrand): one per P, so that one P and one seed give one schedule.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Monotonic nanoseconds since start, real or virtual.
pub(crate) struct Clock {
    /// When the scheduler started.
    start: Instant,
    /// Wall-clock nanoseconds since the Unix epoch at start.
    start_unix: i64,
    /// `Some` in deterministic mode: the virtual now.
    virt: Option<AtomicI64>,
}

impl Clock {
    /// A real clock, or a virtual one starting at 0.
    pub(crate) fn new(virtual_time: bool) -> Clock {
        let start_unix = if virtual_time {
            // The Go playground's epoch: 2009-11-10 23:00:00 UTC.
            1_257_894_000_000_000_000
        } else {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_nanos() as i64)
                .unwrap_or(0)
        };
        Clock {
            start: Instant::now(),
            start_unix,
            virt: virtual_time.then(|| AtomicI64::new(0)),
        }
    }

    /// Nanoseconds since start.
    #[inline]
    pub(crate) fn now(&self) -> i64 {
        match &self.virt {
            Some(v) => v.load(Ordering::Acquire),
            None => self.start.elapsed().as_nanos() as i64,
        }
    }

    /// Unix nanoseconds at start (wall clock = this + `now()`).
    pub(crate) fn start_unix(&self) -> i64 {
        self.start_unix
    }

    /// Jump the virtual clock forward to `t` (never backwards).
    pub(crate) fn advance_to(&self, t: i64) {
        if let Some(v) = &self.virt {
            v.fetch_max(t, Ordering::AcqRel);
        }
    }
}

/// wyrand: tiny, fast, good enough for scheduling choices.
#[derive(Clone, Debug)]
pub(crate) struct FastRand(u64);

impl FastRand {
    pub(crate) fn new(seed: u64) -> FastRand {
        FastRand(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// A seed from the clock and an address, for non-deterministic runs.
    pub(crate) fn entropy() -> u64 {
        let t = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let local = 0u8;
        t ^ ((&local as *const u8 as u64).rotate_left(32))
    }

    #[inline]
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0xa076_1d64_78bd_642f);
        let t = (self.0 as u128).wrapping_mul((self.0 ^ 0xe703_7ed1_a0b4_28db) as u128);
        ((t >> 64) ^ t) as u64
    }

    /// Uniform in `0..n` (n > 0).
    #[inline]
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
}
