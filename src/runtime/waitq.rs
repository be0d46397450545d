//! Wait queues and waiter records (Go's `waitq` and `sudog`).
//!
//! A [`Waiter`] is one blocked operation in one queue: who waits
//! ([`Parker`]), which select case it stands for, and the value a blocked
//! sender offers. Who waits is either
//! * a plain G ([`Parker::G`]): the queue owns the `Box<G>`; or
//! * a shared [`Slot`]: a select's G (one slot referenced from a waiter in
//!   every case's queue) or an OS thread blocked inside a native callback.
//!
//! Claiming protocol (the race-free wake-up): a waker pops a waiter while
//! holding the queue's lock and calls [`Waiter::claim`]. For a slot, the
//! first claimer wins a compare-and-swap on `claimed` and becomes the only
//! owner of the sleeper; every later claimer sees a stale waiter and skips
//! it. The winner completes it with a [`Wakeup`] and gets a [`Woken`] that
//! it readies *after* releasing every lock, so wake-ups never nest locks.
//!
//! Stale waiters (select cases that lost) are dropped lazily: pops skip
//! them, and a queue compacts itself when it has doubled since its last
//! compaction, which bounds its length by twice the live waiters plus a
//! constant at amortised O(1) per push.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::Thread;

use parking_lot::Mutex;

use super::g::{Goid, GoroutineDump, WaitReason, Wakeup, G};
use crate::value::Value;

/// Smallest queue length that triggers a compaction (below it, stale
/// waiters are cheaper to skip than to sweep).
const MIN_COMPACT: usize = 64;

/// A sleeper shared by several waiters, or one that is an OS thread.
pub(crate) struct Slot {
    /// Set by the one waker that wins the sleeper.
    claimed: AtomicBool,
    /// A select: wake-ups are translated into `Wakeup::Selected`.
    select: bool,
    /// The sleeper's goroutine id, parent and wait reason (for dumps).
    pub(crate) id: Goid,
    pub(crate) parent: Goid,
    pub(crate) reason: WaitReason,
    /// What sleeps and, for a thread, the result left for it.
    inner: Mutex<SlotInner>,
}

struct SlotInner {
    /// A parked G (select in a goroutine).
    g: Option<Box<G>>,
    /// A parked OS thread (a Go callback blocked inside library code) and
    /// its traceback captured when it parked.
    thread: Option<(Thread, String)>,
    /// The wake-up result for a thread sleeper.
    result: Option<Wakeup>,
}

impl Slot {
    /// A slot holding a parked G (for select).
    pub(crate) fn for_g(mut g: Box<G>, reason: WaitReason) -> Arc<Slot> {
        g.state.wait_reason = reason;
        Arc::new(Slot {
            claimed: AtomicBool::new(false),
            select: true,
            id: g.state.id,
            parent: g.state.parent,
            reason,
            inner: Mutex::new(SlotInner {
                g: Some(g),
                thread: None,
                result: None,
            }),
        })
    }

    /// A slot for the current OS thread, blocked in a nested Go callback.
    pub(crate) fn for_thread(
        id: Goid,
        parent: Goid,
        reason: WaitReason,
        select: bool,
        traceback: String,
    ) -> Arc<Slot> {
        Arc::new(Slot {
            claimed: AtomicBool::new(false),
            select,
            id,
            parent,
            reason,
            inner: Mutex::new(SlotInner {
                g: None,
                thread: Some((std::thread::current(), traceback)),
                result: None,
            }),
        })
    }

    /// True once some waker owns the sleeper.
    pub(crate) fn is_claimed(&self) -> bool {
        self.claimed.load(Ordering::Acquire)
    }

    /// Win the sleeper (at most one caller ever gets true).
    pub(crate) fn try_claim(&self) -> bool {
        self.claimed
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Block the calling thread until a waker completes this slot; returns
    /// the result (thread slots only).
    pub(crate) fn wait_thread(&self) -> Wakeup {
        loop {
            if let Some(r) = self.inner.lock().result.take() {
                return r;
            }
            std::thread::park();
        }
    }

    /// Complete a claimed slot (the caller won `try_claim`).
    fn complete(self: &Arc<Self>, case: usize, w: Wakeup) -> Woken {
        let w = if self.select {
            select_wakeup(case, w)
        } else {
            w
        };
        let mut inner = self.inner.lock();
        if let Some(mut g) = inner.g.take() {
            g.state.param = Some(w);
            g.state.keepalive = None;
            Woken::G(g)
        } else {
            inner.result = Some(w);
            let t = inner.thread.as_ref().map(|(t, _)| t.clone());
            match t {
                Some(t) => Woken::Thread(t),
                None => Woken::Nobody,
            }
        }
    }

    /// Claim the slot and leave `w` for its thread (used at exit to
    /// release threads parked in callbacks); the thread to unpark.
    pub(crate) fn force_wake(&self, w: Wakeup) -> Option<Thread> {
        if !self.try_claim() {
            return None;
        }
        let mut inner = self.inner.lock();
        inner.result = Some(w);
        inner.thread.as_ref().map(|(t, _)| t.clone())
    }

    fn dump(&self, out: &mut Vec<GoroutineDump>) {
        if self.is_claimed() {
            return;
        }
        let inner = self.inner.lock();
        let traceback = match (&inner.g, &inner.thread) {
            (Some(g), _) => g.body.traceback(),
            (None, Some((_, tb))) => tb.clone(),
            (None, None) => return,
        };
        out.push(GoroutineDump {
            id: self.id,
            parent: self.parent,
            wait_reason: self.reason,
            traceback,
        });
    }
}

/// Translate a single-operation wake-up into a select's.
fn select_wakeup(case: usize, w: Wakeup) -> Wakeup {
    match w {
        Wakeup::Recv(v, ok) => Wakeup::Selected(case, v, ok),
        Wakeup::Sent => Wakeup::Selected(case, Value::Nil, true),
        Wakeup::SendClosed => Wakeup::SelectSendClosed,
        other => other,
    }
}

/// Who waits in a waiter record.
pub(crate) enum Parker {
    /// A G, owned by the queue.
    G(Box<G>),
    /// A shared slot (select, or a thread).
    Slot(Arc<Slot>),
}

impl Parker {
    /// Finish an operation that completed during the park re-check, without
    /// ever publishing the parker: the G gets its result back at once.
    pub(crate) fn complete_now(self, case: usize, w: Wakeup) -> Woken {
        match self {
            Parker::G(mut g) => {
                g.state.param = Some(w);
                Woken::G(g)
            }
            Parker::Slot(s) => {
                if s.try_claim() {
                    s.complete(case, w)
                } else {
                    Woken::Nobody
                }
            }
        }
    }

    pub(crate) fn dump(&self, out: &mut Vec<GoroutineDump>) {
        match self {
            Parker::G(g) => out.push(GoroutineDump {
                id: g.state.id,
                parent: g.state.parent,
                wait_reason: g.state.wait_reason,
                traceback: g.body.traceback(),
            }),
            Parker::Slot(s) => s.dump(out),
        }
    }
}

/// One blocked operation in one wait queue (Go's sudog). `E` is what the
/// waiter carries: a blocked sender's value (`Value`), or nothing (`()`,
/// receivers and sync waiters), so a blocked receiver costs no value slot.
pub(crate) struct Waiter<E = ()> {
    /// Who waits.
    pub(crate) parker: Parker,
    /// A select waiter's case index; a mutex waiter's wait start (clock
    /// nanos, for starvation mode); a Cond waiter's notify-list ticket.
    pub(crate) tag: i64,
    /// The value a blocked sender offers.
    pub(crate) elem: E,
}

impl<E> Waiter<E> {
    /// A waiter for `parker`.
    pub(crate) fn new(parker: Parker, tag: i64, elem: E) -> Waiter<E> {
        Waiter { parker, tag, elem }
    }

    fn is_stale(&self) -> bool {
        matches!(&self.parker, Parker::Slot(s) if s.is_claimed())
    }

    /// Win this waiter's sleeper, or `None` if a select it belongs to has
    /// already been completed through another case.
    pub(crate) fn claim(self) -> Option<Claimed<E>> {
        if let Parker::Slot(s) = &self.parker {
            if !s.try_claim() {
                return None;
            }
        }
        Some(Claimed { w: self })
    }
}

/// A waiter whose sleeper the caller now owns exclusively.
pub(crate) struct Claimed<E = ()> {
    w: Waiter<E>,
}

impl<E> Claimed<E> {
    /// The value the claimed sender offered.
    pub(crate) fn take_elem(&mut self) -> E
    where
        E: Default,
    {
        std::mem::take(&mut self.w.elem)
    }

    /// The claimed waiter's tag (a mutex waiter's wait start).
    pub(crate) fn tag(&self) -> i64 {
        self.w.tag
    }

    /// Leave the result with the sleeper; ready the returned `Woken` after
    /// dropping all locks.
    pub(crate) fn complete(self, w: Wakeup) -> Woken {
        let case = usize::try_from(self.w.tag).unwrap_or(0);
        match self.w.parker {
            Parker::G(mut g) => {
                g.state.param = Some(w);
                g.state.keepalive = None;
                Woken::G(g)
            }
            Parker::Slot(s) => s.complete(case, w),
        }
    }
}

/// A sleeper that must be made runnable (after the waker dropped its locks).
#[must_use]
pub(crate) enum Woken {
    /// Put this G on a run queue.
    G(Box<G>),
    /// Unpark this OS thread.
    Thread(Thread),
    /// Nothing to do.
    Nobody,
}

/// A FIFO of waiters with lazy removal of stale select waiters.
pub(crate) struct WaitQ<E = ()> {
    q: VecDeque<Waiter<E>>,
    /// Length at which the next push compacts.
    compact_at: usize,
}

impl<E> Default for WaitQ<E> {
    fn default() -> Self {
        WaitQ {
            q: VecDeque::new(),
            compact_at: 0,
        }
    }
}

impl<E> WaitQ<E> {
    /// Append a waiter (FIFO).
    pub(crate) fn push_back(&mut self, w: Waiter<E>) {
        self.maybe_compact();
        self.q.push_back(w);
    }

    /// Put a waiter first (a woken mutex waiter that lost the race, as Go's
    /// semacquire with lifo=true).
    pub(crate) fn push_front(&mut self, w: Waiter<E>) {
        self.maybe_compact();
        self.q.push_front(w);
    }

    fn maybe_compact(&mut self) {
        if self.q.len() >= self.compact_at.max(MIN_COMPACT) {
            self.q.retain(|w| !w.is_stale());
            self.compact_at = 2 * self.q.len();
        }
    }

    /// Pop and claim the first live waiter.
    pub(crate) fn dequeue(&mut self) -> Option<Claimed<E>> {
        while let Some(w) = self.q.pop_front() {
            if let Some(c) = w.claim() {
                return Some(c);
            }
        }
        None
    }

    /// Drop stale waiters at the front; true if a (possibly) live one is
    /// left. A concurrent select may still claim it: always `dequeue`.
    pub(crate) fn has_waiters(&mut self) -> bool {
        while let Some(w) = self.q.front() {
            if !w.is_stale() {
                return true;
            }
            self.q.pop_front();
        }
        false
    }

    /// Remove and claim the waiter tagged `tag` (Cond tickets).
    pub(crate) fn remove_tagged(&mut self, tag: i64) -> Option<Claimed<E>> {
        let i = self.q.iter().position(|w| w.tag == tag)?;
        self.q.remove(i)?.claim()
    }

    /// Remove every waiter (close, broadcast), returning the claimed ones.
    pub(crate) fn drain(&mut self) -> Vec<Claimed<E>> {
        let mut out = Vec::new();
        while let Some(c) = self.dequeue() {
            out.push(c);
        }
        out
    }

    /// Live waiters for a goroutine dump.
    pub(crate) fn dump(&self, out: &mut Vec<GoroutineDump>) {
        for w in &self.q {
            w.parker.dump(out);
        }
    }
}

/// Something goroutines can block on, walked by checkdead for the dump.
pub(crate) trait WaitObject: Send + Sync {
    /// Append every goroutine waiting here.
    fn dump(&self, out: &mut Vec<GoroutineDump>);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread_waiter(i: usize) -> (Waiter, Arc<Slot>) {
        let s = Slot::for_thread(i as Goid, 0, WaitReason::Select, true, String::new());
        (Waiter::new(Parker::Slot(s.clone()), 0, ()), s)
    }

    /// A select that loses on this channel leaves a stale waiter; a queue
    /// that only ever gets stale waiters stays short.
    #[test]
    fn stale_waiters_are_swept() {
        let mut q: WaitQ = WaitQ::default();
        for i in 0..100_000 {
            let (w, s) = thread_waiter(i);
            q.push_back(w);
            assert!(s.try_claim(), "fresh slot");
        }
        assert!(q.q.len() <= 2 * MIN_COMPACT, "queue grew to {}", q.q.len());
        assert!(!q.has_waiters());
        assert!(q.dequeue().is_none());
    }

    /// Live waiters come out in FIFO order, stale ones are skipped, and a
    /// claimed waiter cannot be claimed again.
    #[test]
    fn dequeue_skips_stale_and_keeps_order() {
        let mut q: WaitQ = WaitQ::default();
        let mut slots = Vec::new();
        for i in 0..10 {
            let (w, s) = thread_waiter(i);
            q.push_back(w);
            slots.push(s);
        }
        for s in slots.iter().step_by(2) {
            assert!(s.try_claim());
        }
        // Complete the k-th dequeued waiter with k: FIFO means odd slot
        // 2k+1 holds k.
        let mut k = 0;
        while let Some(c) = q.dequeue() {
            assert!(matches!(
                c.complete(Wakeup::Recv(Value::Int(k), true)),
                Woken::Thread(_)
            ));
            k += 1;
        }
        assert_eq!(k, 5);
        for (i, s) in slots.iter().enumerate() {
            assert!(s.is_claimed());
            assert!(!s.try_claim());
            let r = s.inner.lock().result.take();
            match r {
                Some(Wakeup::Selected(0, Value::Int(v), true)) => assert_eq!(v as usize, i / 2),
                None => assert_eq!(i % 2, 0, "slot {i} lost its wake-up"),
                other => panic!("slot {i}: {other:?}"),
            }
        }
    }

    /// push_front puts a retrying mutex waiter first.
    #[test]
    fn push_front_is_first() {
        let mut q: WaitQ = WaitQ::default();
        let (a, sa) = thread_waiter(1);
        let (b, _sb) = thread_waiter(2);
        q.push_back(a);
        q.push_front(b);
        let first = q.dequeue().expect("a waiter");
        let _ = first.complete(Wakeup::Acquired);
        assert!(
            !sa.is_claimed(),
            "the front waiter was not the pushed-front one"
        );
    }
}
