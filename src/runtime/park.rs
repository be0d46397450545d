//! Park requests: what a body asked to block on, and the race-free re-check
//! that either completes the operation at once or enqueues the sleeper.
//!
//! A `RunCx` operation that cannot complete stores a [`ParkReq`] and
//! returns `Op::Park`; the M (for a G) or the nested-callback loop (for an
//! OS thread) then calls [`ParkReq::park_g`] / [`ParkReq::park_thread`].
//! Both return `Some((me, other))` when the re-check completed the
//! operation (`me` is the sleeper itself, to run or resume at once; `other`
//! a goroutine the operation woke), or `None` when the sleeper now waits in
//! the object's queue.

use std::sync::Arc;

use super::chan::Chan;
use super::clock::FastRand;
use super::g::{WaitReason, G};
use super::sched::SchedInner;
use super::select::{self, SelectCase};
use super::sync::{Cond, Mutex, RWMutex, WaitGroup};
use super::waitq::{Parker, Slot, Woken};
use crate::value::Value;

/// A blocking operation, stored by `RunCx` for the M to carry out.
pub(crate) enum ParkReq {
    /// `<-ch`.
    Recv(Chan),
    /// `ch <- v`.
    Send(Chan, Value),
    /// A select without a ready case and without default.
    Select(Vec<SelectCase>),
    /// time.Sleep until this clock time.
    Sleep(i64),
    /// Never woken: nil channel operations, `select {}`.
    Forever(WaitReason),
    /// Mutex.Lock; `lifo` for a woken waiter that lost the race again;
    /// `since` is when it first started waiting.
    Lock { m: Mutex, lifo: bool, since: i64 },
    /// RWMutex.RLock.
    RLock(RWMutex),
    /// RWMutex.Lock.
    WLock(RWMutex),
    /// WaitGroup.Wait.
    WgWait(WaitGroup),
    /// Cond.Wait with its notify-list ticket.
    CondWait(Cond, u64),
}

/// Result of a park attempt: `Some((me, other))` if completed at once.
pub(crate) type Parked = Option<(Woken, Woken)>;

impl ParkReq {
    /// The wait reason a goroutine blocked on this shows in dumps.
    pub(crate) fn reason(&self) -> WaitReason {
        match self {
            ParkReq::Recv(_) => WaitReason::ChanReceive,
            ParkReq::Send(..) => WaitReason::ChanSend,
            ParkReq::Select(_) => WaitReason::Select,
            ParkReq::Sleep(_) => WaitReason::Sleep,
            ParkReq::Forever(r) => *r,
            ParkReq::Lock { .. } => WaitReason::SyncMutexLock,
            ParkReq::RLock(_) => WaitReason::SyncRWMutexRLock,
            ParkReq::WLock(rw) => rw.lock_reason(),
            ParkReq::WgWait(_) => WaitReason::SyncWaitGroupWait,
            ParkReq::CondWait(..) => WaitReason::SyncCondWait,
        }
    }

    fn is_select(&self) -> bool {
        matches!(self, ParkReq::Select(_))
    }

    /// Park a goroutine.
    pub(crate) fn park_g(
        self,
        sched: &SchedInner,
        mut g: Box<G>,
        rng: Option<&mut FastRand>,
    ) -> Parked {
        if let ParkReq::Select(cases) = self {
            // The cases themselves keep their channels alive.
            let cases = Arc::new(cases);
            g.state.keepalive = Some(cases.clone());
            let parker = Parker::Slot(Slot::for_g(g, WaitReason::Select));
            return park_select(&sched.registry, parker, &cases, rng);
        }
        g.state.keepalive = self.keepalive();
        self.park(sched, Parker::G(g), rng)
    }

    /// Park the current OS thread (a Go callback inside library code) in
    /// `slot`, made by `Slot::for_thread` with this request's reason.
    pub(crate) fn park_thread(
        self,
        sched: &SchedInner,
        slot: &Arc<Slot>,
        rng: Option<&mut FastRand>,
    ) -> Parked {
        self.park(sched, Parker::Slot(slot.clone()), rng)
    }

    /// Is this request a select (its sleeper must be a shared slot)?
    pub(crate) fn needs_select_slot(&self) -> bool {
        self.is_select()
    }

    /// What a parked G must keep alive: the objects whose queues hold it
    /// (a cycle, broken when it is woken).
    fn keepalive(&self) -> Option<Arc<dyn std::any::Any + Send + Sync>> {
        match self {
            ParkReq::Recv(c) | ParkReq::Send(c, _) => Some(c.0.clone()),
            ParkReq::Lock { m, .. } => Some(Arc::new(m.clone())),
            ParkReq::RLock(rw) | ParkReq::WLock(rw) => Some(Arc::new(rw.clone())),
            ParkReq::WgWait(wg) => Some(Arc::new(wg.clone())),
            ParkReq::CondWait(c, _) => Some(Arc::new(c.clone())),
            // park_g keeps a select's cases themselves.
            ParkReq::Select(_) | ParkReq::Sleep(_) | ParkReq::Forever(_) => None,
        }
    }

    /// Carry out the request. Only sleeps read the clock here (a clock read
    /// is a fifth of a channel hand-off); a mutex waiter brings its own
    /// wait start.
    fn park(self, sched: &SchedInner, parker: Parker, rng: Option<&mut FastRand>) -> Parked {
        let reg = &sched.registry;
        match self {
            ParkReq::Recv(c) => c.park_recv(reg, parker),
            ParkReq::Send(c, v) => c.park_send(reg, parker, v),
            ParkReq::Select(cases) => park_select(reg, parker, &cases, rng),
            ParkReq::Sleep(when) => {
                let now = sched.clock.now();
                if when <= now {
                    return Some((
                        parker.complete_now(0, super::g::Wakeup::Slept),
                        Woken::Nobody,
                    ));
                }
                sched.add_sleep(parker, when);
                None
            }
            ParkReq::Forever(_) => {
                reg.park_forever(parker);
                None
            }
            ParkReq::Lock { m, lifo, since } => m.park(reg, parker, lifo, since),
            ParkReq::RLock(rw) => rw.park_read(reg, parker),
            ParkReq::WLock(rw) => rw.park_write(reg, parker),
            ParkReq::WgWait(wg) => wg.park(reg, parker),
            ParkReq::CondWait(c, ticket) => c.park(reg, parker, ticket),
        }
    }
}

/// Block a select's sleeper on every case (a thread without a P brings
/// no generator: it gets a fresh one).
fn park_select(
    reg: &super::registry::Registry,
    parker: Parker,
    cases: &[SelectCase],
    rng: Option<&mut FastRand>,
) -> Parked {
    match rng {
        Some(rng) => select::park(reg, parker, cases, rng),
        None => select::park(reg, parker, cases, &mut FastRand::new(FastRand::entropy())),
    }
}
