//! Channels (Go's hchan): unbuffered with direct hand-off, buffered ring,
//! close, len/cap, FIFO among blocked senders and among blocked receivers.
//!
//! Every operation runs under the channel's one lock and follows chan.go:
//! * send: a waiting receiver gets the value directly (hand-off, the
//!   receiver is readied); else the value goes into the buffer if there is
//!   room; else the sender blocks in `sendq` with its value.
//! * receive: from the buffer's head (then the first blocked sender's value
//!   moves into the freed buffer slot); else from the first blocked sender
//!   (unbuffered hand-off); else, if closed, the zero value and false; else
//!   block in `recvq`.
//! * close: every blocked receiver gets (zero, false); every blocked sender
//!   will panic with "send on closed channel".
//!
//! A nil channel is `Option<&Chan>::None` at the `RunCx` level; it never
//! reaches this module. Wake-ups are returned as [`Woken`] and readied by
//! the caller after the lock is released.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use std::collections::VecDeque;

use super::g::{GoroutineDump, RuntimeError, Wakeup};
use super::registry::Registry;
use super::waitq::{Parker, WaitObject, WaitQ, Waiter, Woken};
use crate::value::Value;

static NEXT_CHAN_ID: AtomicU64 = AtomicU64::new(1);

/// A Go channel value (non-nil). Cloning shares the channel; equality is
/// identity, as Go's `==` on channels.
#[derive(Clone)]
pub struct Chan(pub(crate) Arc<ChanInner>);

pub(crate) struct ChanInner {
    /// A process-unique id for events and debugging.
    id: u64,
    /// Buffer capacity (0: unbuffered).
    cap: usize,
    /// The element type's zero value, received from a closed channel.
    zero: Value,
    /// A timer's channel (Go 1.23+): buffered by one internally, but len and
    /// cap report 0, and Stop/Reset drain it.
    timer: bool,
    /// Everything that changes.
    pub(crate) state: Mutex<ChanState>,
}

pub(crate) struct ChanState {
    buf: VecDeque<Value>,
    closed: bool,
    recvq: WaitQ,
    sendq: WaitQ<Value>,
    /// Already in the scheduler's registry of wait objects.
    registered: bool,
}

impl PartialEq for Chan {
    fn eq(&self, other: &Chan) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for Chan {}

impl std::fmt::Debug for Chan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chan#{}", self.0.id)
    }
}

/// Outcome of a non-blocking send attempt.
pub(crate) enum TrySend {
    /// Delivered (to a receiver or the buffer); ready the `Woken`.
    Done(Woken),
    /// Would block; the value is handed back.
    Full(Value),
}

impl Chan {
    /// `make(chan T, cap)`; `zero` is T's zero value.
    pub fn new(cap: usize, zero: Value) -> Chan {
        Chan::build(cap, zero, false)
    }

    /// The channel of a time.Timer / time.Ticker.
    pub(crate) fn new_timer(zero: Value) -> Chan {
        Chan::build(1, zero, true)
    }

    fn build(cap: usize, zero: Value, timer: bool) -> Chan {
        Chan(Arc::new(ChanInner {
            id: NEXT_CHAN_ID.fetch_add(1, Ordering::Relaxed),
            cap,
            zero,
            timer,
            state: Mutex::new(ChanState {
                buf: VecDeque::with_capacity(cap.min(1024)),
                closed: false,
                recvq: WaitQ::default(),
                sendq: WaitQ::default(),
                registered: false,
            }),
        }))
    }

    /// A process-unique id (for events, and for `%p`-like printing).
    pub fn id(&self) -> u64 {
        self.0.id
    }

    /// `len(ch)`: values buffered now.
    pub fn len(&self) -> usize {
        if self.0.timer {
            return 0;
        }
        self.0.state.lock().buf.len()
    }

    /// True when no value is buffered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `cap(ch)`.
    pub fn cap(&self) -> usize {
        if self.0.timer {
            0
        } else {
            self.0.cap
        }
    }

    /// The element type's zero value.
    pub fn zero(&self) -> &Value {
        &self.0.zero
    }

    /// Receive without blocking, under the lock already held.
    pub(crate) fn recv_locked(&self, st: &mut ChanState) -> Option<(Value, bool, Woken)> {
        if let Some(v) = st.buf.pop_front() {
            // A blocked sender's value takes the freed slot (FIFO kept).
            let woken = match st.sendq.dequeue() {
                Some(mut c) => {
                    st.buf.push_back(c.take_elem());
                    c.complete(Wakeup::Sent)
                }
                None => Woken::Nobody,
            };
            return Some((v, true, woken));
        }
        if let Some(mut c) = st.sendq.dequeue() {
            let v = c.take_elem();
            return Some((v, true, c.complete(Wakeup::Sent)));
        }
        if st.closed {
            return Some((self.0.zero.clone(), false, Woken::Nobody));
        }
        None
    }

    /// Send without blocking, under the lock already held.
    pub(crate) fn send_locked(
        &self,
        st: &mut ChanState,
        v: Value,
    ) -> Result<TrySend, RuntimeError> {
        if st.closed {
            return Err(RuntimeError::SendOnClosed);
        }
        if let Some(c) = st.recvq.dequeue() {
            return Ok(TrySend::Done(c.complete(Wakeup::Recv(v, true))));
        }
        if st.buf.len() < self.0.cap {
            st.buf.push_back(v);
            return Ok(TrySend::Done(Woken::Nobody));
        }
        Ok(TrySend::Full(v))
    }

    /// The fast path of `<-ch`.
    pub(crate) fn try_recv(&self) -> Option<(Value, bool, Woken)> {
        let mut st = self.0.state.lock();
        self.recv_locked(&mut st)
    }

    /// The fast path of `ch <- v`.
    pub(crate) fn try_send(&self, v: Value) -> Result<TrySend, RuntimeError> {
        let mut st = self.0.state.lock();
        self.send_locked(&mut st, v)
    }

    /// Re-check and block a receiver: `Some((me, other))` if it completed
    /// at once (`me` is the parker itself, `other` a sender it freed).
    pub(crate) fn park_recv(&self, reg: &Registry, parker: Parker) -> Option<(Woken, Woken)> {
        let mut st = self.0.state.lock();
        if let Some((v, ok, woken)) = self.recv_locked(&mut st) {
            drop(st);
            return Some((parker.complete_now(0, Wakeup::Recv(v, ok)), woken));
        }
        self.register(&mut st, reg);
        st.recvq.push_back(Waiter::new(parker, 0, ()));
        None
    }

    /// Re-check and block a sender: `Some((me, other))` if it completed at
    /// once (`other` is a receiver it handed the value to).
    pub(crate) fn park_send(
        &self,
        reg: &Registry,
        parker: Parker,
        v: Value,
    ) -> Option<(Woken, Woken)> {
        let mut st = self.0.state.lock();
        match self.send_locked(&mut st, v) {
            Err(_) => {
                drop(st);
                Some((parker.complete_now(0, Wakeup::SendClosed), Woken::Nobody))
            }
            Ok(TrySend::Done(woken)) => {
                drop(st);
                Some((parker.complete_now(0, Wakeup::Sent), woken))
            }
            Ok(TrySend::Full(v)) => {
                self.register(&mut st, reg);
                st.sendq.push_back(Waiter::new(parker, 0, v));
                None
            }
        }
    }

    /// Enqueue a select's receive waiter (the caller holds the lock).
    pub(crate) fn enqueue_recv(st: &mut ChanState, w: Waiter) {
        st.recvq.push_back(w);
    }

    /// Enqueue a select's send waiter (the caller holds the lock).
    pub(crate) fn enqueue_send(st: &mut ChanState, w: Waiter<Value>) {
        st.sendq.push_back(w);
    }

    /// Register this channel for deadlock dumps (once, on first park).
    pub(crate) fn register(&self, st: &mut ChanState, reg: &Registry) {
        if !st.registered {
            st.registered = true;
            let weak: std::sync::Weak<dyn WaitObject> = Arc::downgrade(&self.0) as _;
            reg.register(weak);
        }
    }

    /// `close(ch)`: every woken waiter is returned to be readied.
    pub(crate) fn close(&self) -> Result<Vec<Woken>, RuntimeError> {
        let mut st = self.0.state.lock();
        if st.closed {
            return Err(RuntimeError::CloseOfClosed);
        }
        st.closed = true;
        let mut woken = Vec::new();
        for c in st.recvq.drain() {
            woken.push(c.complete(Wakeup::Recv(self.0.zero.clone(), false)));
        }
        for c in st.sendq.drain() {
            woken.push(c.complete(Wakeup::SendClosed));
        }
        Ok(woken)
    }

    /// Deliver a timer's tick without blocking: to a waiting receiver, else
    /// into the one-slot buffer if empty, else drop it (as Go's ticker).
    pub(crate) fn timer_deliver(&self, v: Value) -> Woken {
        let mut st = self.0.state.lock();
        if let Some(c) = st.recvq.dequeue() {
            return c.complete(Wakeup::Recv(v, true));
        }
        if st.buf.is_empty() {
            st.buf.push_back(v);
        }
        Woken::Nobody
    }

    /// Drop a buffered tick (timer Stop/Reset: no stale values).
    pub(crate) fn timer_drain(&self) {
        self.0.state.lock().buf.clear();
    }

    /// Lock the channel's state (select locks several, in id order).
    pub(crate) fn lock(&self) -> parking_lot::MutexGuard<'_, ChanState> {
        self.0.state.lock()
    }
}

impl ChanState {
    /// Values buffered (a timer channel's hidden slot included).
    #[cfg(test)]
    pub(crate) fn buf_len(&self) -> usize {
        self.buf.len()
    }
}

impl WaitObject for ChanInner {
    fn dump(&self, out: &mut Vec<GoroutineDump>) {
        let st = self.state.lock();
        st.recvq.dump(out);
        st.sendq.dump(out);
    }
}
