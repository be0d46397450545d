//! The registry of wait objects: how checkdead finds parked goroutines
//! without any bookkeeping on the hot path.
//!
//! A channel, mutex, wait group or cond registers itself (a `Weak` pointer)
//! the first time a goroutine parks on it; objects only ever used through
//! fast paths never touch the registry. Goroutines parked forever (nil
//! channels, `select {}`) have no object and live in the registry's
//! `forever` list. A dump walks both, de-duplicates select waiters (one
//! goroutine appears in several queues) and sorts by goroutine id, which is
//! Go's order (goroutine 1 first, then creation order).

use std::sync::{Arc, Weak};

use parking_lot::Mutex;

use super::g::GoroutineDump;
use super::waitq::{Parker, WaitObject};

/// Weak references to wait objects, plus the forever-parked.
#[derive(Default)]
pub(crate) struct Registry {
    objs: Mutex<Objs>,
    forever: Mutex<Vec<Parker>>,
}

#[derive(Default)]
struct Objs {
    list: Vec<Weak<dyn WaitObject>>,
    /// Length at which the next registration sweeps dead entries.
    compact_at: usize,
}

/// Registrations below this count are never swept.
const MIN_COMPACT: usize = 256;

impl Registry {
    /// Remember `obj` for dumps.
    pub(crate) fn register(&self, obj: Weak<dyn WaitObject>) {
        let mut objs = self.objs.lock();
        if objs.list.len() >= objs.compact_at.max(MIN_COMPACT) {
            objs.list.retain(|w| w.strong_count() > 0);
            objs.compact_at = 2 * objs.list.len();
        }
        objs.list.push(obj);
    }

    /// Park a goroutine that can never be woken.
    pub(crate) fn park_forever(&self, p: Parker) {
        self.forever.lock().push(p);
    }

    /// Every parked goroutine, goroutine 1 first, then by id.
    pub(crate) fn dump(&self) -> Vec<GoroutineDump> {
        let objs: Vec<Arc<dyn WaitObject>> = {
            let o = self.objs.lock();
            o.list.iter().filter_map(Weak::upgrade).collect()
        };
        let mut out = Vec::new();
        for o in &objs {
            o.dump(&mut out);
        }
        for p in self.forever.lock().iter() {
            p.dump(&mut out);
        }
        out.sort_by_key(|d| d.id);
        out.dedup_by_key(|d| d.id);
        out
    }
}
