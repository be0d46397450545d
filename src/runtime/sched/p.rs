//! P: a processor token. Whoever holds a P may run Go code; GOMAXPROCS Ps
//! exist. A P owns a local run queue and a `runnext` slot.
//!
//! The local queue is a `crossbeam_deque::Worker` (only the holding M pushes
//! and pops; other Ms steal half of it through the shared `Stealer`).
//! `runnext` holds the goroutine this P readied or created last: it runs
//! next and inherits the current time slice, which keeps a ping-pong pair on
//! one warm thread. Unlike Go's, it is the holder's alone (no lock, no
//! atomic: a hand-off touches no shared cache line); a runnext G that waits
//! a whole budget while an idle P could run it is moved to the queue, where
//! thieves see it (`expose_runnext`, called from the budget refill).

use std::sync::Arc;

use crossbeam_deque::{Stealer, Worker};

use super::super::clock::FastRand;
use super::super::g::G;

/// The part of a P other Ms may touch: its stealer.
pub(crate) struct PShared {
    /// Steals from the P's local queue.
    pub(crate) stealer: Stealer<Box<G>>,
}

/// A processor, owned by the M that holds it (or by the idle list).
pub(crate) struct P {
    /// Index in `allp` (0-based; Go's `p.id`).
    pub(crate) id: usize,
    /// Local run queue (FIFO).
    pub(crate) runq: Worker<Box<G>>,
    /// The G to run next.
    pub(crate) runnext: Option<Box<G>>,
    /// Counts schedule() calls, to poll the global queue every 61st time.
    pub(crate) schedtick: u32,
    /// Random choices made on this P (steal victims, select, map order).
    pub(crate) rng: FastRand,
}

impl P {
    /// A new, empty P.
    pub(crate) fn new(id: usize, seed: u64) -> (Box<P>, Arc<PShared>) {
        let runq = Worker::new_fifo();
        let shared = Arc::new(PShared {
            stealer: runq.stealer(),
        });
        let p = Box::new(P {
            id,
            runq,
            runnext: None,
            schedtick: 0,
            rng: FastRand::new(
                seed.wrapping_add(id as u64)
                    .wrapping_mul(0x2545_F491_4F6C_DD1D),
            ),
        });
        (p, shared)
    }

    /// Put `g` on this P: into runnext (kicking the old one to the queue's
    /// tail) when `next`, else at the queue's tail (Go's runqput).
    pub(crate) fn runqput(&mut self, g: Box<G>, next: bool) {
        if next {
            if let Some(old) = self.runnext.replace(g) {
                self.runq.push(old);
            }
        } else {
            self.runq.push(g);
        }
    }

    /// Take the next local G: runnext first (it inherits the time slice).
    pub(crate) fn runqget(&mut self) -> Option<Box<G>> {
        if let Some(mut g) = self.runnext.take() {
            g.state.inherit_slice = true;
            return Some(g);
        }
        self.runq.pop()
    }

    /// True when both the queue and runnext are empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.runq.is_empty() && self.runnext.is_none()
    }

    /// Move the runnext G to the queue's tail, where thieves can take it;
    /// true if there was one.
    pub(crate) fn expose_runnext(&mut self) -> bool {
        match self.runnext.take() {
            Some(g) => {
                self.runq.push(g);
                true
            }
            None => false,
        }
    }
}
