//! select (Go's selectgo): poll the cases in a uniformly random order and
//! take the first ready one; else take default; else block on all of them
//! at once.
//!
//! Both the poll and the block run with every involved channel locked, in
//! channel-id order (so two selects never deadlock on each other's locks),
//! which makes "nothing ready, so enqueue everywhere" atomic: no
//! operation can slip in between the re-check and the enqueue. Blocking
//! puts one shared [`Slot`](super::waitq::Slot) holding the G into a waiter
//! in every case's queue; the first waker to claim the slot wins and the
//! other waiters become stale (skipped and swept by their queues).
//!
//! Nil channels never become ready: their cases are skipped. With no
//! usable case and no default, the goroutine blocks forever (Go's
//! `select {}` is "select (no cases)"; the interpreter passes an empty
//! case list for it).

use parking_lot::MutexGuard;

use super::chan::{Chan, ChanState, TrySend};
use super::clock::FastRand;
use super::g::{RuntimeError, Wakeup};
use super::registry::Registry;
use super::waitq::{Parker, Waiter, Woken};
use crate::value::Value;

/// One case of a select statement.
#[derive(Clone, Debug)]
pub enum SelectCase {
    /// `case v, ok := <-ch` (None: a nil channel).
    Recv(Option<Chan>),
    /// `case ch <- v` (None: a nil channel).
    Send(Option<Chan>, Value),
}

impl SelectCase {
    fn chan(&self) -> Option<&Chan> {
        match self {
            SelectCase::Recv(c) | SelectCase::Send(c, _) => c.as_ref(),
        }
    }
}

/// Which way a select went.
#[derive(Clone, Debug)]
pub enum Selected {
    /// The default clause.
    Default,
    /// Case `index` fired; for a receive, the value and Go's `ok`.
    Case {
        index: usize,
        value: Value,
        ok: bool,
    },
}

/// Every distinct channel of the cases, locked in id order.
struct Locked<'a> {
    ids: Vec<u64>,
    guards: Vec<MutexGuard<'a, ChanState>>,
}

impl<'a> Locked<'a> {
    fn lock_all(cases: &'a [SelectCase]) -> Locked<'a> {
        let mut chans: Vec<&Chan> = cases.iter().filter_map(SelectCase::chan).collect();
        chans.sort_by_key(|c| c.id());
        chans.dedup_by_key(|c| c.id());
        let ids = chans.iter().map(|c| c.id()).collect();
        let guards = chans.iter().map(|c| c.lock()).collect();
        Locked { ids, guards }
    }

    fn state(&mut self, c: &Chan) -> &mut ChanState {
        let i = self.ids.binary_search(&c.id()).unwrap_or(0);
        &mut self.guards[i]
    }
}

/// The outcome of polling.
pub(crate) enum Poll {
    /// Case `index` completed (value and ok for receives); ready `woken`.
    Ready(usize, Value, bool, Woken),
    /// A send case's channel is closed: Go panics.
    SendClosed,
    /// Nothing ready.
    Pending,
}

/// Poll every case once in a random order (all channels locked).
fn poll_locked(locked: &mut Locked<'_>, cases: &[SelectCase], rng: &mut FastRand) -> Poll {
    let mut order: Vec<usize> = (0..cases.len()).collect();
    for i in (1..order.len()).rev() {
        let j = rng.below(i + 1);
        order.swap(i, j);
    }
    for i in order {
        match &cases[i] {
            SelectCase::Recv(Some(c)) => {
                let st = locked.state(c);
                if let Some((v, ok, w)) = c.recv_locked(st) {
                    return Poll::Ready(i, v, ok, w);
                }
            }
            SelectCase::Send(Some(c), v) => {
                let st = locked.state(c);
                match c.send_locked(st, v.clone()) {
                    Err(_) => return Poll::SendClosed,
                    Ok(TrySend::Done(w)) => return Poll::Ready(i, Value::Nil, true, w),
                    Ok(TrySend::Full(_)) => {}
                }
            }
            _ => {}
        }
    }
    Poll::Pending
}

/// The non-blocking pass (`RunCx::select`'s fast path).
pub(crate) fn poll(cases: &[SelectCase], rng: &mut FastRand) -> Poll {
    let mut locked = Locked::lock_all(cases);
    poll_locked(&mut locked, cases, rng)
}

/// The channels of the cases (kept alive while a select is parked).
pub(crate) fn chans(cases: &[SelectCase]) -> Vec<Chan> {
    cases.iter().filter_map(SelectCase::chan).cloned().collect()
}

/// True when no case has a channel (the select can never proceed).
pub(crate) fn all_nil(cases: &[SelectCase]) -> bool {
    cases.iter().all(|c| c.chan().is_none())
}

/// Re-check and block: `Some((me, other))` if a case became ready.
pub(crate) fn park(
    reg: &Registry,
    parker: Parker,
    cases: Vec<SelectCase>,
    rng: &mut FastRand,
) -> Option<(Woken, Woken)> {
    let mut locked = Locked::lock_all(&cases);
    match poll_locked(&mut locked, &cases, rng) {
        Poll::Ready(i, v, ok, w) => {
            drop(locked);
            return Some((parker.complete_now(i, Wakeup::Recv(v, ok)), w));
        }
        Poll::SendClosed => {
            drop(locked);
            return Some((parker.complete_now(0, Wakeup::SendClosed), Woken::Nobody));
        }
        Poll::Pending => {}
    }
    let Parker::Slot(slot) = parker else {
        // A select sleeper is always a slot; anything else cannot be shared.
        return Some((parker.complete_now(0, Wakeup::Retry), Woken::Nobody));
    };
    if all_nil(&cases) {
        drop(locked);
        reg.park_forever(Parker::Slot(slot));
        return None;
    }
    for (i, case) in cases.iter().enumerate() {
        let tag = i as i64;
        match case {
            SelectCase::Recv(Some(c)) => {
                let st = locked.state(c);
                c.register(st, reg);
                Chan::enqueue_recv(st, Waiter::new(Parker::Slot(slot.clone()), tag, ()));
            }
            SelectCase::Send(Some(c), v) => {
                let st = locked.state(c);
                c.register(st, reg);
                let w = Waiter::new(Parker::Slot(slot.clone()), tag, v.clone());
                Chan::enqueue_send(st, w);
            }
            _ => {}
        }
    }
    None
}

/// Convert a select wake-up into the body's result.
pub(crate) fn result(w: Wakeup) -> Result<Selected, RuntimeError> {
    match w {
        Wakeup::Selected(index, value, ok) => Ok(Selected::Case { index, value, ok }),
        Wakeup::Recv(value, ok) => Ok(Selected::Case {
            index: 0,
            value,
            ok,
        }),
        Wakeup::SelectSendClosed | Wakeup::SendClosed => Err(RuntimeError::SendOnClosed),
        _ => Ok(Selected::Default),
    }
}
