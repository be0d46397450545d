//! sync's blocking primitives as runtime objects with wait queues:
//! Mutex, RWMutex, WaitGroup and Cond (Once is built by the library on a
//! Mutex; sync/atomic needs no runtime support).
//!
//! * Mutex: barging, as Go's normal mode: Unlock releases the lock and
//!   wakes the first waiter, which retries (and, losing again, waits at the
//!   front of the queue). A waiter that has waited over 1ms is handed the
//!   lock directly instead (Go's starvation mode), so nobody starves.
//! * RWMutex: writer-preferring as Go's: once a writer waits, new readers
//!   wait; Unlock admits every waiting reader first, then the next writer.
//!   Every hand-off is direct.
//! * WaitGroup: a counter; reaching zero releases every waiter; usable
//!   again right after.
//! * Cond: Go's notify list: Wait takes a ticket *before* unlocking the
//!   mutex, so a Signal between the unlock and the park is never lost.
//!
//! Each handle is an `Arc` (cloning shares the object). Objects register in
//! the scheduler's registry the first time someone parks on them, for the
//! deadlock dump.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::g::{GoroutineDump, RuntimeError, WaitReason, Wakeup};
use super::registry::Registry;
use super::waitq::{Parker, WaitObject, WaitQ, Waiter, Woken};

/// Go's starvationThresholdNs: a waiter older than this gets the lock
/// handed over directly.
const STARVATION_NS: i64 = 1_000_000;

static NEXT_OBJ_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_OBJ_ID.fetch_add(1, Ordering::Relaxed)
}

/// A wait queue plus a registration flag, with a typed state beside it.
struct Obj<S> {
    id: u64,
    st: parking_lot::Mutex<ObjState<S>>,
}

struct ObjState<S> {
    s: S,
    registered: bool,
}

impl<S> Obj<S> {
    fn new(s: S) -> Arc<Obj<S>> {
        Arc::new(Obj {
            id: next_id(),
            st: parking_lot::Mutex::new(ObjState {
                s,
                registered: false,
            }),
        })
    }
}

/// Register `obj` for dumps on first park.
fn register<S: Queues + Send + 'static>(obj: &Arc<Obj<S>>, st: &mut ObjState<S>, reg: &Registry) {
    if !st.registered {
        st.registered = true;
        let weak: std::sync::Weak<dyn WaitObject> = Arc::downgrade(obj) as _;
        reg.register(weak);
    }
}

/// The wait queues an object's state holds (for dumps).
trait Queues {
    fn queues(&self) -> Vec<&WaitQ>;
}

impl<S: Queues + Send> WaitObject for Obj<S> {
    fn dump(&self, out: &mut Vec<GoroutineDump>) {
        let st = self.st.lock();
        for q in st.s.queues() {
            q.dump(out);
        }
    }
}

// ---------------------------------------------------------------- Mutex

/// sync.Mutex.
#[derive(Clone)]
pub struct Mutex(Arc<Obj<MutexState>>);

#[derive(Default)]
struct MutexState {
    locked: bool,
    waiters: WaitQ,
}

impl Queues for MutexState {
    fn queues(&self) -> Vec<&WaitQ> {
        vec![&self.waiters]
    }
}

impl Default for Mutex {
    fn default() -> Self {
        Mutex::new()
    }
}

impl Mutex {
    /// An unlocked mutex.
    pub fn new() -> Mutex {
        Mutex(Obj::new(MutexState::default()))
    }

    /// An id for events.
    pub fn id(&self) -> u64 {
        self.0.id
    }

    /// TryLock: take the lock if it is free.
    pub fn try_lock(&self) -> bool {
        let mut st = self.0.st.lock();
        if st.s.locked {
            false
        } else {
            st.s.locked = true;
            true
        }
    }

    /// True while held (for tests and debugging).
    pub fn is_locked(&self) -> bool {
        self.0.st.lock().s.locked
    }

    /// Unlock: fatal if not locked; else hand over or wake one waiter.
    /// `now` is called only when someone waits.
    pub(crate) fn unlock(&self, now: impl FnOnce() -> i64) -> Result<Woken, RuntimeError> {
        let mut st = self.0.st.lock();
        if !st.s.locked {
            return Err(RuntimeError::UnlockOfUnlockedMutex);
        }
        match st.s.waiters.dequeue() {
            Some(c) if now() - c.tag() >= STARVATION_NS => Ok(c.complete(Wakeup::Acquired)),
            Some(c) => {
                st.s.locked = false;
                Ok(c.complete(Wakeup::Retry))
            }
            None => {
                st.s.locked = false;
                Ok(Woken::Nobody)
            }
        }
    }

    pub(crate) fn park(
        &self,
        reg: &Registry,
        parker: Parker,
        lifo: bool,
        since: i64,
    ) -> Option<(Woken, Woken)> {
        let mut st = self.0.st.lock();
        if !st.s.locked {
            st.s.locked = true;
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Acquired), Woken::Nobody));
        }
        register(&self.0, &mut st, reg);
        let w = Waiter::new(parker, since, ());
        if lifo {
            st.s.waiters.push_front(w);
        } else {
            st.s.waiters.push_back(w);
        }
        None
    }
}

// -------------------------------------------------------------- RWMutex

/// sync.RWMutex.
#[derive(Clone)]
pub struct RWMutex(Arc<Obj<RwState>>);

#[derive(Default)]
struct RwState {
    writer: bool,
    readers: usize,
    rwait: WaitQ,
    wwait: WaitQ,
}

impl Queues for RwState {
    fn queues(&self) -> Vec<&WaitQ> {
        vec![&self.rwait, &self.wwait]
    }
}

impl Default for RWMutex {
    fn default() -> Self {
        RWMutex::new()
    }
}

impl RWMutex {
    /// An unlocked RWMutex.
    pub fn new() -> RWMutex {
        RWMutex(Obj::new(RwState::default()))
    }

    /// An id for events.
    pub fn id(&self) -> u64 {
        self.0.id
    }

    /// RLock without blocking.
    pub fn try_rlock(&self) -> bool {
        let mut st = self.0.st.lock();
        let ok = !st.s.writer && !st.s.wwait.has_waiters();
        if ok {
            st.s.readers += 1;
        }
        ok
    }

    /// Lock without blocking.
    pub fn try_lock(&self) -> bool {
        let mut st = self.0.st.lock();
        let ok = !st.s.writer && st.s.readers == 0;
        if ok {
            st.s.writer = true;
        }
        ok
    }

    /// Go blocks a writer behind another writer (holding, or itself
    /// waiting for readers) on the writer mutex: "sync.Mutex.Lock"; the
    /// first writer waits for the readers on "sync.RWMutex.Lock".
    pub(crate) fn lock_reason(&self) -> WaitReason {
        let mut st = self.0.st.lock();
        if st.s.writer || st.s.wwait.has_waiters() {
            WaitReason::SyncMutexLock
        } else {
            WaitReason::SyncRWMutexLock
        }
    }

    /// RUnlock.
    pub(crate) fn runlock(&self) -> Result<Woken, RuntimeError> {
        let mut st = self.0.st.lock();
        if st.s.readers == 0 {
            return Err(RuntimeError::RUnlockOfUnlockedRWMutex);
        }
        st.s.readers -= 1;
        if st.s.readers == 0 && !st.s.writer {
            if let Some(c) = st.s.wwait.dequeue() {
                st.s.writer = true;
                return Ok(c.complete(Wakeup::Acquired));
            }
        }
        Ok(Woken::Nobody)
    }

    /// Unlock (the write side).
    pub(crate) fn unlock(&self) -> Result<Vec<Woken>, RuntimeError> {
        let mut st = self.0.st.lock();
        if !st.s.writer {
            return Err(RuntimeError::UnlockOfUnlockedRWMutex);
        }
        st.s.writer = false;
        let readers = st.s.rwait.drain();
        if !readers.is_empty() {
            st.s.readers += readers.len();
            return Ok(readers
                .into_iter()
                .map(|c| c.complete(Wakeup::Acquired))
                .collect());
        }
        if let Some(c) = st.s.wwait.dequeue() {
            st.s.writer = true;
            return Ok(vec![c.complete(Wakeup::Acquired)]);
        }
        Ok(Vec::new())
    }

    pub(crate) fn park_read(&self, reg: &Registry, parker: Parker) -> Option<(Woken, Woken)> {
        let mut st = self.0.st.lock();
        if !st.s.writer && !st.s.wwait.has_waiters() {
            st.s.readers += 1;
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Acquired), Woken::Nobody));
        }
        register(&self.0, &mut st, reg);
        st.s.rwait.push_back(Waiter::new(parker, 0, ()));
        None
    }

    pub(crate) fn park_write(&self, reg: &Registry, parker: Parker) -> Option<(Woken, Woken)> {
        let mut st = self.0.st.lock();
        if !st.s.writer && st.s.readers == 0 {
            st.s.writer = true;
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Acquired), Woken::Nobody));
        }
        register(&self.0, &mut st, reg);
        st.s.wwait.push_back(Waiter::new(parker, 0, ()));
        None
    }
}

// ------------------------------------------------------------ WaitGroup

/// sync.WaitGroup.
#[derive(Clone)]
pub struct WaitGroup(Arc<Obj<WgState>>);

#[derive(Default)]
struct WgState {
    count: i64,
    waiters: WaitQ,
}

impl Queues for WgState {
    fn queues(&self) -> Vec<&WaitQ> {
        vec![&self.waiters]
    }
}

impl Default for WaitGroup {
    fn default() -> Self {
        WaitGroup::new()
    }
}

impl WaitGroup {
    /// A zero WaitGroup.
    pub fn new() -> WaitGroup {
        WaitGroup(Obj::new(WgState::default()))
    }

    /// The counter (for tests and debugging).
    pub fn count(&self) -> i64 {
        self.0.st.lock().s.count
    }

    /// Add(delta): "sync: negative WaitGroup counter" below zero; at zero
    /// every waiter is released.
    pub(crate) fn add(&self, delta: i64) -> Result<Vec<Woken>, RuntimeError> {
        let mut st = self.0.st.lock();
        st.s.count = st.s.count.wrapping_add(delta);
        if st.s.count < 0 {
            st.s.count = 0;
            return Err(RuntimeError::NegativeWaitGroupCounter);
        }
        if st.s.count > 0 {
            return Ok(Vec::new());
        }
        Ok(st
            .s
            .waiters
            .drain()
            .into_iter()
            .map(|c| c.complete(Wakeup::Acquired))
            .collect())
    }

    /// Wait's fast path.
    pub(crate) fn is_zero(&self) -> bool {
        self.0.st.lock().s.count == 0
    }

    pub(crate) fn park(&self, reg: &Registry, parker: Parker) -> Option<(Woken, Woken)> {
        let mut st = self.0.st.lock();
        if st.s.count == 0 {
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Acquired), Woken::Nobody));
        }
        register(&self.0, &mut st, reg);
        st.s.waiters.push_back(Waiter::new(parker, 0, ()));
        None
    }
}

// ----------------------------------------------------------------- Cond

/// sync.Cond (its L is a [`Mutex`], passed to each Wait).
#[derive(Clone)]
pub struct Cond(Arc<Obj<CondState>>);

#[derive(Default)]
struct CondState {
    /// Next ticket to hand out (Go's notifyList.wait).
    wait: u64,
    /// Next ticket to notify (Go's notifyList.notify).
    notify: u64,
    /// Waiters, each tagged with its ticket.
    waiters: WaitQ,
}

impl Queues for CondState {
    fn queues(&self) -> Vec<&WaitQ> {
        vec![&self.waiters]
    }
}

impl Default for Cond {
    fn default() -> Self {
        Cond::new()
    }
}

impl Cond {
    /// A new condition variable.
    pub fn new() -> Cond {
        Cond(Obj::new(CondState::default()))
    }

    /// Wait, step 1: take a ticket (before the mutex is unlocked).
    pub(crate) fn ticket(&self) -> u64 {
        let mut st = self.0.st.lock();
        let t = st.s.wait;
        st.s.wait += 1;
        t
    }

    /// Signal: wake the waiter holding the oldest unnotified ticket.
    pub(crate) fn signal(&self) -> Woken {
        let mut st = self.0.st.lock();
        if st.s.notify == st.s.wait {
            return Woken::Nobody;
        }
        let t = st.s.notify;
        st.s.notify += 1;
        match st.s.waiters.remove_tagged(t as i64) {
            Some(c) => c.complete(Wakeup::Retry),
            None => Woken::Nobody,
        }
    }

    /// Broadcast: wake every waiter.
    pub(crate) fn broadcast(&self) -> Vec<Woken> {
        let mut st = self.0.st.lock();
        st.s.notify = st.s.wait;
        st.s.waiters
            .drain()
            .into_iter()
            .map(|c| c.complete(Wakeup::Retry))
            .collect()
    }

    /// Wait, step 2: park unless the ticket was notified meanwhile.
    pub(crate) fn park(
        &self,
        reg: &Registry,
        parker: Parker,
        ticket: u64,
    ) -> Option<(Woken, Woken)> {
        let mut st = self.0.st.lock();
        if ticket < st.s.notify {
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Retry), Woken::Nobody));
        }
        register(&self.0, &mut st, reg);
        st.s.waiters
            .push_back(Waiter::new(parker, ticket as i64, ()));
        None
    }
}
