//! P: a processor token. Whoever holds a P may run Go code; GOMAXPROCS Ps
//! exist. A P owns a local run queue and a `runnext` slot.
//!
//! The local queue is a `crossbeam_deque::Worker` (only the holding M pushes
//! and pops; other Ms steal half of it through the shared `Stealer`).
//! `runnext` holds the goroutine this P readied or created last: it runs
//! next and inherits the current time slice, which keeps a ping-pong pair on
//! one warm thread. Unlike the queue, `runnext` sits behind a tiny lock so
//! that a spinning M can still take it when the P's owner stays busy.

use std::sync::Arc;

use crossbeam_deque::{Stealer, Worker};
use parking_lot::Mutex;

use super::super::clock::FastRand;
use super::super::g::G;

/// The parts of a P other Ms may touch: its stealer and its runnext.
pub(crate) struct PShared {
    /// Steals from the P's local queue.
    pub(crate) stealer: Stealer<Box<G>>,
    /// The G to run next.
    pub(crate) runnext: Mutex<Option<Box<G>>>,
}

/// A processor, owned by the M that holds it (or by the idle list).
pub(crate) struct P {
    /// Index in `allp` (0-based; Go's `p.id`).
    pub(crate) id: usize,
    /// Local run queue (FIFO).
    pub(crate) runq: Worker<Box<G>>,
    /// Shared with stealers.
    pub(crate) shared: Arc<PShared>,
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
            runnext: Mutex::new(None),
        });
        let p = Box::new(P {
            id,
            runq,
            shared: shared.clone(),
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
            let old = self.shared.runnext.lock().replace(g);
            if let Some(old) = old {
                self.runq.push(old);
            }
        } else {
            self.runq.push(g);
        }
    }

    /// Take the next local G: runnext first (it inherits the time slice).
    pub(crate) fn runqget(&mut self) -> Option<Box<G>> {
        if let Some(mut g) = self.shared.runnext.lock().take() {
            g.state.inherit_slice = true;
            return Some(g);
        }
        self.runq.pop()
    }

    /// True when both the queue and runnext are empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.runq.is_empty() && self.shared.runnext.lock().is_none()
    }
}
