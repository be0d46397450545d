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

/// One case as the caller holds it: polling borrows, only a select that
/// blocks copies its cases ([`to_owned`]).
#[derive(Clone, Copy, Debug)]
pub enum CaseRef<'a> {
    /// `case v, ok := <-ch` (None: a nil channel).
    Recv(Option<&'a Chan>),
    /// `case ch <- v` (None: a nil channel).
    Send(Option<&'a Chan>, &'a Value),
}

impl<'a> CaseRef<'a> {
    fn chan(self) -> Option<&'a Chan> {
        match self {
            CaseRef::Recv(c) | CaseRef::Send(c, _) => c,
        }
    }
}

/// A select statement's cases, in source order, wherever the caller keeps
/// them (the interpreter's evaluated operands, or a `[SelectCase]`).
pub trait Cases {
    /// How many cases (default not counted).
    fn len(&self) -> usize;
    /// Case `i` (< `len()`).
    fn case(&self, i: usize) -> CaseRef<'_>;
    /// True without cases (`select {}`).
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Cases for [SelectCase] {
    fn len(&self) -> usize {
        <[SelectCase]>::len(self)
    }
    fn case(&self, i: usize) -> CaseRef<'_> {
        match &self[i] {
            SelectCase::Recv(c) => CaseRef::Recv(c.as_ref()),
            SelectCase::Send(c, v) => CaseRef::Send(c.as_ref(), v),
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

/// Selects with at most this many cases poll without allocating.
const INLINE: usize = 8;

/// Run `f` on `n` default-initialised scratch elements: on the stack for
/// up to `INLINE`, else on the heap.
fn with_scratch<T: Default, R>(n: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
    if n <= INLINE {
        let mut a: [T; INLINE] = Default::default();
        f(&mut a[..n])
    } else {
        let mut v: Vec<T> = std::iter::repeat_with(T::default).take(n).collect();
        f(&mut v)
    }
}

/// One distinct channel of a select, locked.
struct Held<'a> {
    id: u64,
    guard: MutexGuard<'a, ChanState>,
}

/// Every distinct channel of the cases, locked in id order (so two
/// selects never deadlock on each other's locks); unlocked on drop.
struct Locked<'s, 'a> {
    held: &'s mut [Option<Held<'a>>],
}

impl<'s, 'a> Locked<'s, 'a> {
    /// Lock the channels of `cases` into `slots` (one per case at least).
    fn lock_all<C: Cases + ?Sized>(cases: &'a C, slots: &'s mut [Option<Held<'a>>]) -> Self {
        let n = cases.len();
        if n <= INLINE {
            let mut chans: [Option<&'a Chan>; INLINE] = [None; INLINE];
            for (i, c) in chans.iter_mut().take(n).enumerate() {
                *c = cases.case(i).chan();
            }
            let chans = &mut chans[..n];
            chans.sort_unstable_by_key(|c| c.map(Chan::id));
            Self::lock_sorted(chans.iter().flatten().copied(), slots)
        } else {
            let mut chans: Vec<&'a Chan> = (0..n).filter_map(|i| cases.case(i).chan()).collect();
            chans.sort_unstable_by_key(|c| c.id());
            Self::lock_sorted(chans.into_iter(), slots)
        }
    }

    /// Lock `chans` (sorted by id) once each.
    fn lock_sorted(
        chans: impl Iterator<Item = &'a Chan>,
        slots: &'s mut [Option<Held<'a>>],
    ) -> Self {
        let mut k = 0;
        let mut last = None;
        for c in chans {
            if last == Some(c.id()) || k >= slots.len() {
                continue;
            }
            last = Some(c.id());
            slots[k] = Some(Held {
                id: c.id(),
                guard: c.lock(),
            });
            k += 1;
        }
        Locked {
            held: &mut slots[..k],
        }
    }

    fn state(&mut self, c: &Chan) -> Option<&mut ChanState> {
        let id = c.id();
        self.held
            .iter_mut()
            .flatten()
            .find(|h| h.id == id)
            .map(|h| &mut *h.guard)
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

/// Poll every case once in a uniformly random order (all channels locked).
fn poll_locked<C: Cases + ?Sized>(
    locked: &mut Locked<'_, '_>,
    cases: &C,
    rng: &mut FastRand,
) -> Poll {
    with_scratch(cases.len(), |order: &mut [usize]| {
        for (i, o) in order.iter_mut().enumerate() {
            *o = i;
        }
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        for &i in order.iter() {
            match cases.case(i) {
                CaseRef::Recv(Some(c)) => {
                    let Some(st) = locked.state(c) else { continue };
                    if let Some((v, ok, w)) = c.recv_locked(st) {
                        return Poll::Ready(i, v, ok, w);
                    }
                }
                CaseRef::Send(Some(c), v) => {
                    let Some(st) = locked.state(c) else { continue };
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
    })
}

/// The non-blocking pass (`RunCx::select`'s fast path).
pub(crate) fn poll<C: Cases + ?Sized>(cases: &C, rng: &mut FastRand) -> Poll {
    with_scratch(cases.len(), |slots| {
        let mut locked = Locked::lock_all(cases, slots);
        poll_locked(&mut locked, cases, rng)
    })
}

/// The cases, copied for a select that blocks (the copy keeps the
/// channels alive while the goroutine waits on them).
pub(crate) fn to_owned<C: Cases + ?Sized>(cases: &C) -> Vec<SelectCase> {
    (0..cases.len())
        .map(|i| match cases.case(i) {
            CaseRef::Recv(c) => SelectCase::Recv(c.cloned()),
            CaseRef::Send(c, v) => SelectCase::Send(c.cloned(), v.clone()),
        })
        .collect()
}

/// True when no case has a channel (the select can never proceed).
pub(crate) fn all_nil<C: Cases + ?Sized>(cases: &C) -> bool {
    (0..cases.len()).all(|i| cases.case(i).chan().is_none())
}

/// Re-check and block: `Some((me, other))` if a case became ready.
pub(crate) fn park(
    reg: &Registry,
    parker: Parker,
    cases: &[SelectCase],
    rng: &mut FastRand,
) -> Option<(Woken, Woken)> {
    with_scratch(cases.len(), |slots| {
        let mut locked = Locked::lock_all(cases, slots);
        park_locked(reg, parker, cases, &mut locked, rng)
    })
}

fn park_locked(
    reg: &Registry,
    parker: Parker,
    cases: &[SelectCase],
    locked: &mut Locked<'_, '_>,
    rng: &mut FastRand,
) -> Option<(Woken, Woken)> {
    match poll_locked(locked, cases, rng) {
        Poll::Ready(i, v, ok, w) => {
            locked.held.iter_mut().for_each(|h| *h = None);
            return Some((parker.complete_now(i, Wakeup::Recv(v, ok)), w));
        }
        Poll::SendClosed => {
            locked.held.iter_mut().for_each(|h| *h = None);
            return Some((parker.complete_now(0, Wakeup::SendClosed), Woken::Nobody));
        }
        Poll::Pending => {}
    }
    let Parker::Slot(slot) = parker else {
        // A select sleeper is always a slot; anything else cannot be shared.
        return Some((parker.complete_now(0, Wakeup::Retry), Woken::Nobody));
    };
    if all_nil(cases) {
        locked.held.iter_mut().for_each(|h| *h = None);
        reg.park_forever(Parker::Slot(slot));
        return None;
    }
    for (i, case) in cases.iter().enumerate() {
        let tag = i as i64;
        match case {
            SelectCase::Recv(Some(c)) => {
                let Some(st) = locked.state(c) else { continue };
                c.register(st, reg);
                Chan::enqueue_recv(st, Waiter::new(Parker::Slot(slot.clone()), tag, ()));
            }
            SelectCase::Send(Some(c), v) => {
                let Some(st) = locked.state(c) else { continue };
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
