//! RunCx: everything a running goroutine body may ask of the runtime.
//!
//! A `RunCx` lives for one `Goroutine::run` call on one M. Operations that
//! may block return [`Op`]: `Ready(result)` (fast path, or the result a
//! waker left while the goroutine was parked), or `Park` (the request is
//! recorded here; the body returns `Yield::Park` and, once woken, calls the
//! same operation again to collect the result), or a Go panic / fatal
//! error. Non-blocking operations (close, unlock, Add, Signal, spawn) ready
//! the goroutines they wake onto this P's runnext.

use std::sync::atomic::Ordering;

use super::chan::{Chan, TrySend};
use super::event::Event;
use super::g::{GState, Goid, Goroutine, Op, RuntimeError, Termination, WaitReason, Wakeup, Yield};
use super::park::ParkReq;
use super::sched::m::{M, TIME_SLICE_NS};
use super::select::{self, CaseRef, Cases, Poll, SelectCase, Selected};
use super::sync::{Cond, Mutex, RWMutex, WaitGroup};
use super::timer::{check_period, BodyFactory, Kind, TickValue, Timer};
use crate::value::Value;

/// The runtime, as seen by one running goroutine.
pub struct RunCx<'a> {
    pub(crate) m: &'a mut M,
    pub(crate) g: &'a mut GState,
}

/// How a nested Go callback run by [`RunCx::run_nested`] ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Nested {
    /// The callback returned normally.
    Returned,
    /// It called runtime.Goexit.
    Goexit,
    /// It ended the program.
    Terminate(Termination),
    /// The program ended while it was blocked; unwind and return.
    Exiting,
}

impl<'a> RunCx<'a> {
    pub(crate) fn new(m: &'a mut M, g: &'a mut GState) -> RunCx<'a> {
        RunCx { m, g }
    }

    // ------------------------------------------------------- identity

    /// The running goroutine's id.
    pub fn goid(&self) -> Goid {
        self.g.id
    }

    /// The id of the goroutine that created this one (0 for main).
    pub fn parent(&self) -> Goid {
        self.g.parent
    }

    // --------------------------------------------------- preemption

    /// Call at loop back-edges and calls: true when the time slice is
    /// spent (or the program is ending); then return `Yield::Preempted`.
    #[inline]
    pub fn should_yield(&mut self) -> bool {
        if self.m.budget > 0 {
            self.m.budget -= 1;
            return false;
        }
        self.should_yield_slow()
    }

    #[cold]
    fn should_yield_slow(&mut self) -> bool {
        self.m.budget = super::sched::m::BUDGET;
        if self.m.sched.is_exiting() {
            return true;
        }
        self.m.wake_for_queued();
        if self.m.sched.deterministic {
            self.m.slices_left = self.m.slices_left.saturating_sub(1);
            return self.m.slices_left == 0;
        }
        let now = self.m.sched.clock.now();
        if self.m.slice_start < 0 {
            self.m.slice_start = now;
            return false;
        }
        now - self.m.slice_start >= TIME_SLICE_NS
    }

    /// True once the program is over (main returned, a panic, deadlock).
    pub fn is_exiting(&self) -> bool {
        self.m.sched.is_exiting()
    }

    // ------------------------------------------------------ goroutines

    /// The `go` statement: start `body` as a new goroutine (into this P's
    /// runnext, as Go does). Returns its id.
    pub fn spawn(&mut self, body: Box<dyn Goroutine>) -> Goid {
        let parent = self.g.id;
        self.m.spawn(body, parent)
    }

    /// runtime.NumGoroutine().
    pub fn num_goroutine(&self) -> usize {
        self.m.sched.ngoroutines.load(Ordering::SeqCst).max(0) as usize
    }

    /// runtime.GOMAXPROCS(n): the previous value; n < 1 only queries.
    pub fn gomaxprocs(&mut self, n: i64) -> usize {
        self.m.sched.set_gomaxprocs(n)
    }

    /// runtime.NumCPU().
    pub fn num_cpu(&self) -> usize {
        super::sched::num_cpu()
    }

    // ----------------------------------------------------- time, rand

    /// Monotonic clock: nanoseconds since the program started (virtual in
    /// deterministic mode).
    pub fn now(&self) -> i64 {
        self.m.sched.clock.now()
    }

    /// Wall clock: Unix nanoseconds (moves with the virtual clock in
    /// deterministic mode).
    pub fn unix_nanos(&self) -> i64 {
        self.m.sched.clock.start_unix() + self.now()
    }

    /// A random number from this P's generator (seeded in deterministic
    /// mode): use it for every random choice, e.g. map iteration order.
    pub fn rand_u64(&mut self) -> u64 {
        match &mut self.m.p {
            Some(p) => p.rng.next_u64(),
            None => super::clock::FastRand::new(self.now() as u64).next_u64(),
        }
    }

    // -------------------------------------------------- wake and park

    fn take_param(&mut self) -> Option<Wakeup> {
        self.g.param.take()
    }

    fn park<T>(&mut self, req: ParkReq) -> Op<T> {
        self.m.park = Some(req);
        Op::Park
    }

    fn ready(&mut self, w: super::waitq::Woken) {
        self.m.ready(w);
    }

    fn emit(&self, e: impl FnOnce() -> Event) {
        self.m.sched.emit(e);
    }

    // -------------------------------------------------------- channels

    /// `v, ok := <-ch` (`None`: a nil channel, which blocks forever).
    pub fn recv(&mut self, ch: Option<&Chan>) -> Op<(Value, bool)> {
        if let Some(Wakeup::Recv(v, ok)) = self.take_param() {
            return self.received(ch, v, ok);
        }
        let Some(c) = ch else {
            return self.park(ParkReq::Forever(WaitReason::ChanReceiveNilChan));
        };
        match c.try_recv() {
            Some((v, ok, w)) => {
                self.ready(w);
                self.received(ch, v, ok)
            }
            None => self.park(ParkReq::Recv(c.clone())),
        }
    }

    fn received(&mut self, ch: Option<&Chan>, v: Value, ok: bool) -> Op<(Value, bool)> {
        if let Some(c) = ch {
            let g = self.g.id;
            self.emit(|| Event::ChanRecv { g, chan: c.id() });
        }
        Op::Ready((v, ok))
    }

    /// `ch <- v` (`None`: a nil channel, which blocks forever).
    pub fn send(&mut self, ch: Option<&Chan>, v: Value) -> Op<()> {
        match self.take_param() {
            Some(Wakeup::Sent) => return self.sent(ch),
            Some(Wakeup::SendClosed) => return Op::Panic(RuntimeError::SendOnClosed),
            Some(_) | None => {}
        }
        let Some(c) = ch else {
            return self.park(ParkReq::Forever(WaitReason::ChanSendNilChan));
        };
        match c.try_send(v) {
            Err(e) => Op::Panic(e),
            Ok(TrySend::Done(w)) => {
                self.ready(w);
                self.sent(ch)
            }
            Ok(TrySend::Full(v)) => self.park(ParkReq::Send(c.clone(), v)),
        }
    }

    fn sent(&mut self, ch: Option<&Chan>) -> Op<()> {
        if let Some(c) = ch {
            let g = self.g.id;
            self.emit(|| Event::ChanSend { g, chan: c.id() });
        }
        Op::Ready(())
    }

    /// A receive that never blocks (the fast path a library may use):
    /// `None` when it would block (a nil channel always would).
    pub fn try_recv(&mut self, ch: Option<&Chan>) -> Option<(Value, bool)> {
        let (v, ok, w) = ch?.try_recv()?;
        self.ready(w);
        let _ = self.received(ch, v.clone(), ok);
        Some((v, ok))
    }

    /// A send that never blocks: `Ok(false)` when it would block.
    pub fn try_send(&mut self, ch: Option<&Chan>, v: Value) -> Result<bool, RuntimeError> {
        let Some(c) = ch else { return Ok(false) };
        match c.try_send(v)? {
            TrySend::Done(w) => {
                self.ready(w);
                let _ = self.sent(ch);
                Ok(true)
            }
            TrySend::Full(_) => Ok(false),
        }
    }

    /// `close(ch)`.
    pub fn close(&mut self, ch: Option<&Chan>) -> Result<(), RuntimeError> {
        let c = ch.ok_or(RuntimeError::CloseOfNil)?;
        let woken = c.close()?;
        let g = self.g.id;
        self.emit(|| Event::ChanClose { g, chan: c.id() });
        self.m.ready_all(woken);
        Ok(())
    }

    /// A select statement. `cases` in source order; `has_default` if it
    /// has a default clause. An empty `cases` without default is
    /// `select {}`. (Go compiles a one-case select without default as the
    /// plain operation: do the same to get Go's wait reasons.)
    pub fn select(&mut self, cases: Vec<SelectCase>, has_default: bool) -> Op<Selected> {
        self.select_cases(&cases[..], has_default)
    }

    /// [`RunCx::select`] on cases wherever the caller keeps them: polling
    /// copies nothing; only a select that blocks copies its cases.
    pub fn select_cases<C: Cases + ?Sized>(
        &mut self,
        cases: &C,
        has_default: bool,
    ) -> Op<Selected> {
        if let Some(w) = self.take_param() {
            return match select::result(w) {
                Ok(s) => {
                    if let Selected::Case { index, .. } = s {
                        self.emit_selected(cases, index);
                    }
                    Op::Ready(s)
                }
                Err(e) => Op::Panic(e),
            };
        }
        if select::all_nil(cases) {
            if has_default {
                return Op::Ready(Selected::Default);
            }
            let reason = if cases.is_empty() {
                WaitReason::SelectNoCases
            } else {
                WaitReason::Select
            };
            return self.park(ParkReq::Forever(reason));
        }
        let polled = match &mut self.m.p {
            Some(p) => select::poll(cases, &mut p.rng),
            None => select::poll(cases, &mut super::clock::FastRand::new(self.now() as u64)),
        };
        match polled {
            Poll::Ready(index, value, ok, w) => {
                self.ready(w);
                self.emit_selected(cases, index);
                Op::Ready(Selected::Case { index, value, ok })
            }
            Poll::SendClosed => Op::Panic(RuntimeError::SendOnClosed),
            Poll::Pending if has_default => Op::Ready(Selected::Default),
            Poll::Pending => self.park(ParkReq::Select(select::to_owned(cases))),
        }
    }

    /// The channel event of the case a select chose (nothing to do, not
    /// even a look at the case, without an event sink).
    fn emit_selected<C: Cases + ?Sized>(&self, cases: &C, index: usize) {
        if self.m.sched.events.is_none() || index >= cases.len() {
            return;
        }
        let g = self.g.id;
        match cases.case(index) {
            CaseRef::Recv(Some(c)) => self.emit(|| Event::ChanRecv { g, chan: c.id() }),
            CaseRef::Send(Some(c), _) => self.emit(|| Event::ChanSend { g, chan: c.id() }),
            _ => {}
        }
    }

    // ------------------------------------------------------------ time

    /// time.Sleep(d nanoseconds); d <= 0 returns at once.
    pub fn sleep(&mut self, d: i64) -> Op<()> {
        if let Some(Wakeup::Slept) = self.take_param() {
            return Op::Ready(());
        }
        if d <= 0 {
            return Op::Ready(());
        }
        let when = self.now().saturating_add(d);
        self.park(ParkReq::Sleep(when))
    }

    /// time.NewTimer(d) (and time.After(d) = its channel): `tick` makes the
    /// delivered value from the deadline; `zero` is time.Time's zero value.
    pub fn new_timer(&mut self, d: i64, tick: TickValue, zero: Value) -> Timer {
        let when = self.now().saturating_add(d.max(0));
        let kind = Kind::Chan(Chan::new_timer(zero), tick);
        self.m.sched.new_timer(kind, when, 0)
    }

    /// time.NewTicker(d) / time.Tick(d): panics for d <= 0 as Go does.
    pub fn new_ticker(
        &mut self,
        d: i64,
        tick: TickValue,
        zero: Value,
    ) -> Result<Timer, RuntimeError> {
        let period = check_period(d)?;
        let when = self.now().saturating_add(period);
        let kind = Kind::Chan(Chan::new_timer(zero), tick);
        Ok(self.m.sched.new_timer(kind, when, period))
    }

    /// time.AfterFunc(d, f): `make` builds the goroutine body that runs f.
    pub fn after_func(&mut self, d: i64, make: BodyFactory) -> Timer {
        let when = self.now().saturating_add(d.max(0));
        self.m.sched.new_timer(Kind::Func(make), when, 0)
    }

    /// Timer.Stop / Ticker.Stop: true if the timer was armed.
    pub fn timer_stop(&mut self, t: &Timer) -> bool {
        self.m.sched.stop_timer(t)
    }

    /// Timer.Reset(d): true if the timer was armed.
    pub fn timer_reset(&mut self, t: &Timer, d: i64) -> bool {
        let when = self.now().saturating_add(d.max(0));
        self.m.sched.reset_timer(t, when, None)
    }

    /// Ticker.Reset(d): panics for d <= 0 as Go does.
    pub fn ticker_reset(&mut self, t: &Timer, d: i64) -> Result<(), RuntimeError> {
        let period = check_period(d)?;
        let when = self.now().saturating_add(period);
        self.m.sched.reset_timer(t, when, Some(period));
        Ok(())
    }

    // ------------------------------------------------------------ sync

    /// Mutex.Lock.
    pub fn lock(&mut self, m: &Mutex) -> Op<()> {
        let lifo = match self.take_param() {
            Some(Wakeup::Acquired) => return self.locked(m.id()),
            Some(Wakeup::Retry) => true,
            _ => false,
        };
        self.lock_attempt(m, lifo)
    }

    fn lock_attempt(&mut self, m: &Mutex, lifo: bool) -> Op<()> {
        if m.try_lock() {
            return self.locked(m.id());
        }
        let now = self.now();
        if !lifo {
            self.g.wait_since = now;
        }
        let since = self.g.wait_since;
        self.park(ParkReq::Lock {
            m: m.clone(),
            lifo,
            since,
        })
    }

    fn locked(&mut self, obj: u64) -> Op<()> {
        let g = self.g.id;
        self.emit(|| Event::Lock { g, obj });
        Op::Ready(())
    }

    /// Mutex.TryLock.
    pub fn try_lock(&mut self, m: &Mutex) -> bool {
        let ok = m.try_lock();
        if ok {
            let _ = self.locked(m.id());
        }
        ok
    }

    /// Mutex.Unlock: `Err` is Go's fatal error "sync: unlock of unlocked
    /// mutex".
    pub fn unlock(&mut self, m: &Mutex) -> Result<(), RuntimeError> {
        let clock = &self.m.sched.clock;
        let w = m.unlock(|| clock.now())?;
        let g = self.g.id;
        self.emit(|| Event::Unlock { g, obj: m.id() });
        self.ready(w);
        Ok(())
    }

    /// RWMutex.RLock.
    pub fn rlock(&mut self, rw: &RWMutex) -> Op<()> {
        if let Some(Wakeup::Acquired) = self.take_param() {
            return Op::Ready(());
        }
        if rw.try_rlock() {
            return Op::Ready(());
        }
        self.park(ParkReq::RLock(rw.clone()))
    }

    /// RWMutex.RUnlock: `Err` is a fatal error.
    pub fn runlock(&mut self, rw: &RWMutex) -> Result<(), RuntimeError> {
        let w = rw.runlock()?;
        self.ready(w);
        Ok(())
    }

    /// RWMutex.Lock.
    pub fn wlock(&mut self, rw: &RWMutex) -> Op<()> {
        if let Some(Wakeup::Acquired) = self.take_param() {
            return self.locked(rw.id());
        }
        if rw.try_lock() {
            return self.locked(rw.id());
        }
        self.park(ParkReq::WLock(rw.clone()))
    }

    /// RWMutex.Unlock: `Err` is a fatal error.
    pub fn wunlock(&mut self, rw: &RWMutex) -> Result<(), RuntimeError> {
        let ws = rw.unlock()?;
        let g = self.g.id;
        self.emit(|| Event::Unlock { g, obj: rw.id() });
        self.m.ready_all(ws);
        Ok(())
    }

    /// WaitGroup.Add(delta) (Done is Add(-1)): `Err` is Go's panic
    /// "sync: negative WaitGroup counter".
    pub fn wg_add(&mut self, wg: &WaitGroup, delta: i64) -> Result<(), RuntimeError> {
        let ws = wg.add(delta)?;
        self.m.ready_all(ws);
        Ok(())
    }

    /// WaitGroup.Wait.
    pub fn wg_wait(&mut self, wg: &WaitGroup) -> Op<()> {
        if let Some(Wakeup::Acquired) = self.take_param() {
            return Op::Ready(());
        }
        if wg.is_zero() {
            return Op::Ready(());
        }
        self.park(ParkReq::WgWait(wg.clone()))
    }

    /// Cond.Wait with its L = `m` (held by the caller): unlock, wait for a
    /// Signal/Broadcast, lock again. `Fatal` if `m` is not locked.
    pub fn cond_wait(&mut self, c: &Cond, m: &Mutex) -> Op<()> {
        match self.take_param() {
            // Notified (or woken by the mutex): take the lock back.
            Some(Wakeup::Retry) => self.lock_attempt(m, false),
            Some(Wakeup::Acquired) => self.locked(m.id()),
            _ => {
                let ticket = c.ticket();
                if let Err(e) = self.unlock(m) {
                    return Op::Fatal(e);
                }
                self.park(ParkReq::CondWait(c.clone(), ticket))
            }
        }
    }

    /// Cond.Signal.
    pub fn cond_signal(&mut self, c: &Cond) {
        let w = c.signal();
        self.ready(w);
    }

    /// Cond.Broadcast.
    pub fn cond_broadcast(&mut self, c: &Cond) {
        let ws = c.broadcast();
        self.m.ready_all(ws);
    }

    // ------------------------------------------- native code and callbacks

    /// Run a Go callback called from library code (fmt calling String(),
    /// sort.Slice's less, Once.Do's f) to completion on this thread, as the
    /// same goroutine. If it blocks, this thread blocks: its P is handed to
    /// another M meanwhile (Go's handoffp), so the program keeps running.
    /// The callback's `traceback` should include the outer frames.
    pub fn run_nested(&mut self, body: &mut dyn Goroutine) -> Nested {
        loop {
            match body.run(self) {
                Yield::Exit => return Nested::Returned,
                Yield::Goexit => return Nested::Goexit,
                Yield::Terminate(t) => return Nested::Terminate(t),
                Yield::Preempted | Yield::Gosched => {
                    if self.is_exiting() {
                        return Nested::Exiting;
                    }
                    self.m.yield_thread();
                }
                Yield::Park => {
                    let Some(req) = self.m.park.take() else {
                        continue;
                    };
                    let tb = body.traceback();
                    match self.m.block_thread(self.g, req, tb) {
                        Wakeup::Exiting => return Nested::Exiting,
                        w => self.g.param = Some(w),
                    }
                }
            }
        }
    }

    /// Run `f`, a blocking native call (reading stdin), without holding
    /// the P, so other goroutines run meanwhile; checkdead stays quiet
    /// while it runs.
    pub fn blocking<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.m.enter_syscall();
        let r = f();
        self.m.exit_syscall();
        r
    }
}
