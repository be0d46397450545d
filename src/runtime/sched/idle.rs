//! Idle Ps and Ms: wakep, startm, stopm, handoffp, GOMAXPROCS changes and
//! checkdead, all under the one scheduler lock (Go's `sched.lock`).
//!
//! Invariants (hold whenever the lock is free):
//! 1. A P is in exactly one place: held by an M (counted in `npbusy`), in
//!    `pidle` (empty queues, counted in `npidle`), handed to an M in its
//!    note, or in `retired` (id >= GOMAXPROCS, empty queues).
//! 2. An M parks only in `stopm` (listed in `midle`) or while waiting for a
//!    P after a blocking call (listed in `pwait`, served before `pidle`).
//! 3. At most one idle M sleeps with a timeout until the earliest timer
//!    (`timer_sleeper`); the others sleep until unparked.
//! 4. checkdead runs exactly when `npbusy` drops to 0, under the lock.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::Thread;
use std::time::Duration;

use parking_lot::Mutex;

use super::super::g::Wakeup;
use super::super::waitq::Slot;
use super::p::P;
use super::{Deadlock, Outcome, SchedInner};

/// An M's mailbox: how a P is handed to a parked M.
pub(crate) struct MNote {
    /// The M's thread.
    pub(crate) thread: Thread,
    /// A P handed over, and whether the M starts spinning.
    pub(crate) handed: Mutex<Option<(Box<P>, bool)>>,
}

impl MNote {
    pub(crate) fn current() -> Arc<MNote> {
        Arc::new(MNote {
            thread: std::thread::current(),
            handed: Mutex::new(None),
        })
    }
}

/// State under the scheduler lock. (Ps stay boxed in the lists: a P moves
/// between Ms and lists as one pointer.)
#[derive(Default)]
#[allow(clippy::vec_box)]
pub(crate) struct Locked {
    /// Idle Ps.
    pub(crate) pidle: Vec<Box<P>>,
    /// Ps with id >= GOMAXPROCS, kept for a later increase.
    pub(crate) retired: Vec<Box<P>>,
    /// Idle Ms.
    pub(crate) midle: Vec<Arc<MNote>>,
    /// The idle M sleeping until the earliest timer.
    pub(crate) timer_sleeper: Option<Arc<MNote>>,
    /// Threads back from a blocking call, waiting for a P (FIFO).
    pub(crate) pwait: VecDeque<Arc<MNote>>,
    /// Threads parked inside a Go callback (woken with `Exiting` at exit).
    pub(crate) nested: Vec<Arc<Slot>>,
    /// Ps held by Ms.
    pub(crate) npbusy: usize,
    /// Live M threads.
    pub(crate) nmlive: usize,
}

/// Native stack of an M thread. Bodies keep goroutine stacks on the heap,
/// but evaluate expressions and run nested Go callbacks by native
/// recursion; this matches the 8 MiB a process's main thread gets, with
/// room for callbacks within callbacks (address space only: pages are
/// committed as used).
pub(crate) const M_STACK_SIZE: usize = 64 << 20;

/// Timers closer than this are waited for by yielding, not by parking
/// (parking has tens of microseconds of slack; a 1µs sleep must not
/// oversleep by that much, nor spin for long).
pub(crate) const TIMER_SPIN_NS: i64 = 50_000;

impl SchedInner {
    /// Take an idle P (lock held).
    pub(crate) fn pidleget(&self, l: &mut Locked) -> Option<Box<P>> {
        let p = l.pidle.pop()?;
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        l.npbusy += 1;
        Some(p)
    }

    /// Release a held P (lock held): to a thread waiting for one, to the
    /// retired list, or to the idle list. Returns true if that made every
    /// P idle (the caller then runs checkdead).
    pub(crate) fn pidleput(&self, l: &mut Locked, mut p: Box<P>) -> bool {
        if p.id >= self.gomaxprocs.load(Ordering::SeqCst) {
            self.drain_to_global(&mut p);
            l.retired.push(p);
        } else if let Some(m) = l.pwait.pop_front() {
            self.npwait.fetch_sub(1, Ordering::SeqCst);
            *m.handed.lock() = Some((p, false));
            m.thread.unpark();
            return false;
        } else {
            self.drain_to_global(&mut p);
            l.pidle.push(p);
            self.npidle.fetch_add(1, Ordering::SeqCst);
        }
        l.npbusy -= 1;
        l.npbusy == 0
    }

    fn drain_to_global(&self, p: &mut P) {
        if let Some(g) = p.runnext.take() {
            self.global.push(g);
        }
        while let Some(g) = p.runq.pop() {
            self.global.push(g);
        }
    }

    /// Go's wakep: start a spinning M if a P is idle and nobody spins.
    /// The fence is the submitter's #StoreLoad barrier of the essay in
    /// sched/mod.rs: the work pushed before is visible to a spinner that
    /// then decrements `nmspinning` and re-checks the queues.
    #[inline]
    pub(crate) fn wakep(self: &Arc<Self>) {
        std::sync::atomic::fence(Ordering::SeqCst);
        if self.npidle.load(Ordering::SeqCst) == 0 || self.nmspinning.load(Ordering::SeqCst) != 0 {
            return;
        }
        if self
            .nmspinning
            .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return;
        }
        self.startm(None, true);
    }

    /// Go's startm: run an M on `p` (or on an idle P): an idle M, else a
    /// new thread. With no P available the spinning count is given back.
    pub(crate) fn startm(self: &Arc<Self>, p: Option<Box<P>>, spinning: bool) {
        let mut l = self.lock.lock();
        let p = match p.or_else(|| self.pidleget(&mut l)) {
            Some(p) => p,
            None => {
                drop(l);
                if spinning {
                    self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                }
                return;
            }
        };
        if self.is_exiting() {
            let _ = self.pidleput(&mut l, p);
            return;
        }
        if let Some(m) = l.midle.pop() {
            if l.timer_sleeper.as_ref().is_some_and(|t| Arc::ptr_eq(t, &m)) {
                l.timer_sleeper = None;
            }
            *m.handed.lock() = Some((p, spinning));
            drop(l);
            m.thread.unpark();
            return;
        }
        l.nmlive += 1;
        drop(l);
        if let Err(p) = self.spawn_m(p, spinning) {
            // No thread: give the P back; the work waits for a running M.
            let mut l = self.lock.lock();
            l.nmlive -= 1;
            let _ = self.pidleput(&mut l, p);
            if spinning {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// Start an OS thread running an M on `p` (the caller counted it in
    /// `nmlive`); the P comes back if no thread can be created.
    pub(crate) fn spawn_m(self: &Arc<Self>, p: Box<P>, spinning: bool) -> Result<(), Box<P>> {
        let inner = self.clone();
        let cell = Arc::new(Mutex::new(Some(p)));
        let cell2 = cell.clone();
        let spawned = std::thread::Builder::new()
            .name("gorun-m".into())
            .stack_size(M_STACK_SIZE)
            .spawn(move || {
                let p = cell2.lock().take();
                super::m::M::new(inner, p, spinning).run();
            });
        match spawned {
            Ok(_) => Ok(()),
            Err(_) => cell.lock().take().map_or(Ok(()), Err),
        }
    }

    /// Go's stopm: park this idle M until it is handed a P (returned with
    /// its spinning flag) or the program ends (`None`). The one idle M
    /// that sleeps until the earliest timer takes a P itself when the
    /// timer is due.
    pub(crate) fn stopm(&self, note: &Arc<MNote>) -> Option<(Box<P>, bool)> {
        let mut l = self.lock.lock();
        loop {
            if let Some(h) = note.handed.lock().take() {
                return Some(h);
            }
            if self.is_exiting() {
                return None;
            }
            let next = self.timers.next_when();
            let now = self.clock.now();
            let mine = l
                .timer_sleeper
                .as_ref()
                .is_none_or(|t| Arc::ptr_eq(t, note));
            let timed = self.timers.active() > 0 && mine && next != i64::MAX;
            let mut timed = timed;
            if timed && next <= now {
                // A timer is due: run it on an idle P if there is one; if
                // every P is busy, their Ms run it at their next
                // scheduling point, and this M sleeps until unparked.
                l.timer_sleeper = None;
                l.midle.retain(|m| !Arc::ptr_eq(m, note));
                if let Some(p) = self.pidleget(&mut l) {
                    return Some((p, false));
                }
                timed = false;
            }
            if !l.midle.iter().any(|m| Arc::ptr_eq(m, note)) {
                l.midle.push(note.clone());
            }
            if timed {
                l.timer_sleeper = Some(note.clone());
            }
            drop(l);
            if timed {
                let wait = (next - now).max(0) as u64;
                std::thread::park_timeout(Duration::from_nanos(wait));
            } else {
                std::thread::park();
            }
            l = self.lock.lock();
        }
    }

    /// A timer was added or moved earlier: make sure an idle M waits for
    /// it (busy Ms check timers at every scheduling point).
    pub(crate) fn timer_wake(&self) {
        let l = self.lock.lock();
        if let Some(t) = &l.timer_sleeper {
            t.thread.unpark();
        } else if let Some(m) = l.midle.last() {
            m.thread.unpark();
        }
    }

    /// Go's handoffp, for an M about to block in native code: give its P to
    /// another M if there is anything to run (or a timer to wait for), else
    /// idle it. `slot` is a Go callback's waiter (checkdead must see it).
    pub(crate) fn handoffp(self: &Arc<Self>, p: Box<P>, slot: Option<&Arc<Slot>>) {
        let work = !p.is_empty() || !self.global.is_empty() || self.timers.active() > 0;
        let mut l = self.lock.lock();
        if let Some(s) = slot {
            l.nested.push(s.clone());
        }
        if work && !self.is_exiting() {
            drop(l);
            self.startm(Some(p), false);
            return;
        }
        if self.pidleput(&mut l, p) {
            self.checkdead(&mut l);
        }
    }

    /// After a blocking call: get a P back, waiting in `pwait` if none is
    /// idle (a running M hands its P over at its next scheduling point).
    /// `None` when the program ended meanwhile. `syscall`: the caller is
    /// counted in `nsyscall`; the count drops under the lock, in the same
    /// step that makes this thread visible to checkdead as wanting a P.
    pub(crate) fn acquirep(
        &self,
        note: &Arc<MNote>,
        slot: Option<&Arc<Slot>>,
        syscall: bool,
    ) -> Option<Box<P>> {
        let mut l = self.lock.lock();
        if syscall {
            self.nsyscall.fetch_sub(1, Ordering::SeqCst);
        }
        if let Some(s) = slot {
            l.nested.retain(|n| !Arc::ptr_eq(n, s));
        }
        if self.is_exiting() {
            return None;
        }
        if let Some(p) = self.pidleget(&mut l) {
            return Some(p);
        }
        l.pwait.push_back(note.clone());
        self.npwait.fetch_add(1, Ordering::SeqCst);
        loop {
            if let Some((p, _)) = note.handed.lock().take() {
                return Some(p);
            }
            if self.is_exiting() {
                l.pwait.retain(|m| !Arc::ptr_eq(m, note));
                return None;
            }
            drop(l);
            std::thread::park();
            l = self.lock.lock();
        }
    }

    /// Unpark every M and every thread parked in a callback (exit).
    pub(crate) fn wake_all_for_exit(&self) {
        let l = self.lock.lock();
        self.mexit.notify_all();
        for m in l.midle.iter().chain(l.pwait.iter()) {
            m.thread.unpark();
        }
        for s in &l.nested {
            if let Some(t) = s.force_wake(Wakeup::Exiting) {
                t.unpark();
            }
        }
    }

    /// Go's checkdead (lock held, every P idle): if nothing can ever run
    /// again, end the program with the deadlock dump.
    pub(crate) fn checkdead(&self, l: &mut Locked) {
        if self.is_exiting()
            || self.nsyscall.load(Ordering::SeqCst) > 0
            || !l.pwait.is_empty()
            || !self.global.is_empty()
            || self.timers.active() > 0
            || l.nested.iter().any(|s| s.is_claimed())
        {
            return;
        }
        let goroutines = self.registry.dump();
        let o = Outcome::Deadlock(Deadlock {
            main_goexited: self.main_goexited.load(Ordering::SeqCst),
            goroutines,
        });
        *self.outcome.lock() = Some(o);
        self.exiting.store(true, Ordering::SeqCst);
        self.mexit.notify_all();
        for m in l.midle.iter() {
            m.thread.unpark();
        }
        for s in &l.nested {
            if let Some(t) = s.force_wake(Wakeup::Exiting) {
                t.unpark();
            }
        }
    }

    /// runtime.GOMAXPROCS(n).
    pub(crate) fn set_gomaxprocs(self: &Arc<Self>, n: i64) -> usize {
        let old = self.gomaxprocs.load(Ordering::SeqCst);
        if n < 1 || self.deterministic {
            return old;
        }
        let n = (n as usize).min(super::MAX_GOMAXPROCS);
        if n == old {
            return old;
        }
        let mut l = self.lock.lock();
        self.gomaxprocs.store(n, Ordering::SeqCst);
        if n > old {
            for id in old..n {
                let p = match l.retired.iter().position(|p| p.id == id) {
                    Some(i) => l.retired.swap_remove(i),
                    None => {
                        let mut allp = self.allp.write();
                        while allp.len() < id {
                            // Ids are dense: create any missing ones retired.
                            let (q, shared) = P::new(allp.len(), self.seed);
                            allp.push(shared);
                            l.retired.push(q);
                        }
                        if allp.len() == id {
                            let (q, shared) = P::new(id, self.seed);
                            allp.push(shared);
                            q
                        } else {
                            // Still held by an M that has not retired it yet:
                            // it stays in use (its id is valid again).
                            continue;
                        }
                    }
                };
                l.pidle.push(p);
                self.npidle.fetch_add(1, Ordering::SeqCst);
            }
            drop(l);
            for _ in old..n {
                self.wakep();
            }
        } else {
            let mut keep = Vec::new();
            let idle = std::mem::take(&mut l.pidle);
            for p in idle {
                if p.id >= n {
                    self.npidle.fetch_sub(1, Ordering::SeqCst);
                    l.retired.push(p);
                } else {
                    keep.push(p);
                }
            }
            l.pidle = keep;
        }
        old
    }
}
