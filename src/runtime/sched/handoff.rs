//! An M blocking outside the scheduler loop: Go callbacks that park inside
//! library code, and blocking native calls (Go's handoffp / entersyscall /
//! exitsyscall; tokio's block_in_place).
//!
//! Protocol for a callback that must block (`block_thread`):
//! 1. Make a thread [`Slot`] and run the park request's re-check with it;
//!    if the operation completed, continue at once (the P is kept).
//! 2. Otherwise hand the P off: to a new or idle M if there is anything to
//!    run or a timer to wait for, else to the idle list (then checkdead,
//!    which sees the slot in `nested`: a woken slot means "not dead").
//! 3. Park the thread until a waker completes the slot.
//! 4. Get a P back: an idle one, else wait in `pwait`; a running M hands
//!    its P over at its next scheduling point once it has run a G.

use std::sync::atomic::Ordering;

use super::super::event::Event;
use super::super::g::{GState, Wakeup};
use super::super::park::ParkReq;
use super::super::waitq::Slot;
use super::m::M;

impl M {
    /// Block this thread on `req` for the nested callback of goroutine `g`.
    pub(crate) fn block_thread(
        &mut self,
        g: &mut GState,
        req: ParkReq,
        traceback: String,
    ) -> Wakeup {
        let reason = req.reason();
        let id = g.id;
        self.sched.emit(|| Event::GoBlock { g: id, reason });
        let slot = Slot::for_thread(g.id, g.parent, reason, req.needs_select_slot(), traceback);
        let sched = self.sched.clone();
        let parked = req.park_thread(&sched, &slot, self.p.as_mut().map(|p| &mut p.rng));
        if let Some((me, other)) = parked {
            drop(me);
            self.ready(other);
            return slot.wait_thread();
        }
        match self.p.take() {
            Some(p) => sched.handoffp(p, Some(&slot)),
            None => sched.lock.lock().nested.push(slot.clone()),
        }
        let w = slot.wait_thread();
        self.p = sched.acquirep(&self.note, Some(&slot), false);
        if self.p.is_none() {
            return Wakeup::Exiting;
        }
        self.ran_since_acquire = false;
        self.new_slice();
        w
    }

    /// A nested callback spent its time slice: if other goroutines wait
    /// for this P, lend it out and queue for it again. Meanwhile the thread
    /// counts as being in a native call (it is running, not blocked, so
    /// checkdead must not fire).
    pub(crate) fn yield_thread(&mut self) {
        let others =
            self.p.as_ref().is_some_and(|p| !p.is_empty()) || !self.sched.global.is_empty();
        if others {
            self.enter_syscall();
            self.exit_syscall();
        }
        self.new_slice();
    }

    /// Before a blocking native call: give the P away.
    pub(crate) fn enter_syscall(&mut self) {
        self.sched.nsyscall.fetch_add(1, Ordering::SeqCst);
        if let Some(p) = self.p.take() {
            self.sched.handoffp(p, None);
        }
    }

    /// After it: get a P back (none if the program ended meanwhile); the
    /// `nsyscall` count drops inside `acquirep`, under the lock.
    pub(crate) fn exit_syscall(&mut self) {
        self.p = self.sched.acquirep(&self.note, None, true);
        self.ran_since_acquire = false;
        self.new_slice();
    }
}
