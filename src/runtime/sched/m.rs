//! M: an OS thread's scheduling loop (Go's schedule / findRunnable /
//! execute), and readying and spawning goroutines from it.
//!
//! Contract of [`M::execute`]: the M owns the G for the whole call. A body
//! that returns `Yield::Park` leaves its request in `M::park`; the M then
//! re-checks the request under the object's lock and either completes it
//! (and runs the G again at once) or gives the G to the object's queue. At
//! no point is a G reachable from two places.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crossbeam_deque::Steal;

use super::super::cx::RunCx;
use super::super::event::Event;
use super::super::g::{Goid, Goroutine, Termination, Yield, G, MAIN_GOID};
use super::super::park::ParkReq;
use super::super::waitq::Woken;
use super::idle::{MNote, TIMER_SPIN_NS};
use super::p::P;
use super::{Outcome, SchedInner};

/// Steps a body may take before `should_yield` looks at the clock.
pub(crate) const BUDGET: u32 = 2_000;

/// Go's forcePreemptNS: a goroutine runs at most this long before others
/// get a turn.
pub(crate) const TIME_SLICE_NS: i64 = 10_000_000;

/// In deterministic mode the slice is counted in budget refills instead of
/// time, so the schedule does not depend on the machine's speed.
pub(crate) const DETERMINISTIC_SLICES: u32 = 50;

/// How many rounds a spinning M tries to steal before giving up (Go: 4).
const STEAL_TRIES: usize = 4;

/// Readying a G wakes an idle P only once this many Gs wait in the local
/// queue (besides runnext); fewer are left to this M, or to a spinner
/// woken at the running G's next budget refill (see the essay in
/// sched/mod.rs).
pub(crate) const WAKE_QUEUE_LEN: usize = 4;

/// An OS thread running the scheduler loop.
pub(crate) struct M {
    /// The scheduler.
    pub(crate) sched: Arc<SchedInner>,
    /// This M's mailbox for P hand-offs.
    pub(crate) note: Arc<MNote>,
    /// The P held, if any.
    pub(crate) p: Option<Box<P>>,
    /// Looking for work (counted in `nmspinning`).
    spinning: bool,
    /// Steps left before `should_yield`'s slow path.
    pub(crate) budget: u32,
    /// Clock when the current time slice started.
    pub(crate) slice_start: i64,
    /// Budget refills left in this slice (deterministic mode).
    pub(crate) slices_left: u32,
    /// The G running now (0 between Gs).
    pub(crate) curg: Goid,
    /// The park request left by the running body.
    pub(crate) park: Option<ParkReq>,
    /// Has run a G since it got its P (only then does it hand the P to a
    /// thread waiting in `pwait`, so a lent P is not handed straight back).
    pub(crate) ran_since_acquire: bool,
}

impl M {
    /// An M on the current thread, holding `p`.
    pub(crate) fn new(sched: Arc<SchedInner>, p: Option<Box<P>>, spinning: bool) -> M {
        M {
            sched,
            note: MNote::current(),
            p,
            spinning,
            budget: BUDGET,
            slice_start: 0,
            slices_left: DETERMINISTIC_SLICES,
            curg: 0,
            park: None,
            ran_since_acquire: false,
        }
    }

    /// The scheduling loop; returns when the program ends.
    pub(crate) fn run(mut self) {
        // One handle for the whole loop: cloning the shared Arc per
        // scheduling round would bounce its count between cores.
        let sched = self.sched.clone();
        loop {
            if self.sched.is_exiting() {
                break;
            }
            if self.p.is_none() {
                match self.sched.stopm(&self.note) {
                    Some((p, spinning)) => {
                        self.p = Some(p);
                        self.spinning = spinning;
                        self.ran_since_acquire = false;
                    }
                    None => break,
                }
                continue;
            }
            if let Some(g) = self.find_runnable(&sched) {
                self.execute(g);
            }
        }
        if self.spinning {
            self.spinning = false;
            self.sched.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        let mut l = self.sched.lock.lock();
        l.nmlive -= 1;
        if let Some(p) = self.p.take() {
            l.retired.push(p);
        }
        self.sched.mexit.notify_all();
    }

    /// Go's findRunnable. `None` when the P was released (or the program
    /// ends); the caller then parks the M.
    fn find_runnable(&mut self, sched: &SchedInner) -> Option<Box<G>> {
        loop {
            if sched.is_exiting() {
                return None;
            }
            let pid = self.p.as_ref()?.id;
            if pid >= sched.gomaxprocs.load(Ordering::SeqCst)
                || (self.ran_since_acquire && sched.npwait.load(Ordering::SeqCst) > 0)
            {
                self.release_p();
                return None;
            }
            self.run_timers();
            let p = self.p.as_mut()?;
            p.schedtick = p.schedtick.wrapping_add(1);
            if p.schedtick % 61 == 0 {
                if let Steal::Success(g) = sched.global.steal_batch_and_pop(&p.runq) {
                    return self.found(g);
                }
            }
            if let Some(g) = p.runqget() {
                return self.found(g);
            }
            if let Some(g) = steal_global(sched, p) {
                return self.found(g);
            }
            let busy = sched.gomaxprocs.load(Ordering::SeqCst)
                - sched
                    .npidle
                    .load(Ordering::SeqCst)
                    .min(sched.gomaxprocs.load(Ordering::SeqCst));
            if !self.spinning && busy > 1 && 2 * sched.nmspinning.load(Ordering::SeqCst) < busy {
                self.spinning = true;
                sched.nmspinning.fetch_add(1, Ordering::SeqCst);
            }
            if self.spinning {
                if let Some(g) = self.steal_work() {
                    return self.found(g);
                }
            }
            let next = sched.timers.next_when();
            let now = if next == i64::MAX {
                0
            } else {
                sched.clock.now()
            };
            if next <= now {
                continue;
            }
            if next != i64::MAX && sched.timers.active() > 0 {
                if sched.deterministic {
                    sched.clock.advance_to(next);
                    continue;
                }
                if next - now < TIMER_SPIN_NS {
                    std::thread::yield_now();
                    continue;
                }
            }
            if self.release_p_if_idle() {
                return None;
            }
        }
    }

    /// A G was found: stop spinning (waking another spinner if this was the
    /// last one, Go's resetspinning).
    fn found(&mut self, g: Box<G>) -> Option<Box<G>> {
        if self.spinning {
            self.spinning = false;
            if self.sched.nmspinning.fetch_sub(1, Ordering::SeqCst) == 1 {
                self.sched.wakep();
            }
        }
        Some(g)
    }

    /// Give the P up (retired, to a waiting thread, or idle). A retired
    /// P's Gs moved to the global queue: make sure an M comes for them.
    fn release_p(&mut self) {
        if let Some(p) = self.p.take() {
            let mut l = self.sched.lock.lock();
            if self.sched.pidleput(&mut l, p) {
                self.sched.checkdead(&mut l);
            }
        }
        self.stop_spinning_and_recheck();
        if !self.spinning && !self.sched.global.is_empty() {
            self.sched.wakep();
        }
    }

    /// Idle the P unless work appeared (then keep going: returns false).
    fn release_p_if_idle(&mut self) -> bool {
        {
            let mut l = self.sched.lock.lock();
            if !self.sched.global.is_empty() {
                return false;
            }
            let Some(p) = self.p.take() else {
                return true;
            };
            if self.sched.pidleput(&mut l, p) {
                self.sched.checkdead(&mut l);
            }
        }
        self.stop_spinning_and_recheck();
        true
    }

    /// The spinning → idle transition: decrement `nmspinning`, then look
    /// at every queue once more (see the essay in sched/mod.rs); if work
    /// appeared, take an idle P back and keep spinning.
    fn stop_spinning_and_recheck(&mut self) {
        if !self.spinning {
            return;
        }
        self.spinning = false;
        self.sched.nmspinning.fetch_sub(1, Ordering::SeqCst);
        let work = !self.sched.global.is_empty()
            || self.sched.allp.read().iter().any(|s| !s.stealer.is_empty());
        if work {
            let mut l = self.sched.lock.lock();
            if let Some(p) = self.sched.pidleget(&mut l) {
                self.p = Some(p);
                self.spinning = true;
                self.sched.nmspinning.fetch_add(1, Ordering::SeqCst);
            }
        }
    }

    /// Steal half of a random victim's queue. (A victim's runnext is its
    /// own; one that waited a whole budget while a P was idle has been
    /// moved to the queue, see `wake_for_queued`.)
    fn steal_work(&mut self) -> Option<Box<G>> {
        let sched = self.sched.clone();
        let allp = sched.allp.read();
        let n = sched.gomaxprocs.load(Ordering::SeqCst).min(allp.len());
        let p = self.p.as_mut()?;
        if n <= 1 {
            return None;
        }
        for _ in 0..STEAL_TRIES {
            let start = p.rng.below(n);
            for i in 0..n {
                let v = (start + i) % n;
                if v == p.id {
                    continue;
                }
                let victim = &allp[v];
                loop {
                    match victim.stealer.steal_batch_and_pop(&p.runq) {
                        Steal::Success(g) => return Some(g),
                        Steal::Retry => continue,
                        Steal::Empty => break,
                    }
                }
            }
        }
        None
    }

    /// Fire due timers: ready sleepers, deliver ticks, start AfterFunc Gs.
    fn run_timers(&mut self) {
        // No clock read unless a timer exists (the common hand-off path).
        let next = self.sched.timers.next_when();
        if next == i64::MAX {
            return;
        }
        let now = self.sched.clock.now();
        if next > now {
            return;
        }
        let fired = self.sched.timers.run_due(now);
        for f in fired {
            match f {
                super::super::timer::Fired::Woken(w) => self.ready(w),
                super::super::timer::Fired::Spawn(body) => {
                    self.spawn(body, 0);
                }
            }
        }
    }

    /// Run `g` until it parks, yields or exits.
    fn execute(&mut self, mut g: Box<G>) {
        self.ran_since_acquire = true;
        loop {
            if !std::mem::take(&mut g.state.inherit_slice) {
                self.new_slice();
            }
            self.curg = g.state.id;
            let pid = self.p.as_ref().map_or(0, |p| p.id);
            self.sched.emit(|| Event::GoStart {
                g: g.state.id,
                p: pid,
            });
            let y = {
                let G { state, body } = &mut *g;
                let mut cx = RunCx::new(self, state);
                // A Rust panic in a body is an interpreter bug; end the
                // program cleanly rather than losing this M (and its P).
                let r =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body.run(&mut cx)));
                r.unwrap_or_else(|e| Yield::Terminate(internal_error(&*e)))
            };
            self.curg = 0;
            match y {
                Yield::Park => {
                    let Some(req) = self.park.take() else {
                        // A body that parks without a request: treat it
                        // as a yield rather than losing the goroutine.
                        self.sched.global.push(g);
                        return;
                    };
                    match self.park_g(g, req) {
                        Some(again) => {
                            g = again;
                            g.state.inherit_slice = true;
                        }
                        None => return,
                    }
                }
                Yield::Preempted | Yield::Gosched => {
                    self.sched.emit(|| Event::GoSched { g: g.state.id });
                    self.sched.global.push(g);
                    self.sched.wakep();
                    return;
                }
                Yield::Exit => return self.goexit(g, false),
                Yield::Goexit => return self.goexit(g, true),
                Yield::Terminate(t) => {
                    self.sched.finish(Outcome::Terminated(t));
                    return;
                }
            }
        }
    }

    /// Start a fresh time slice. The clock is read lazily, when the first
    /// budget is spent (`should_yield`'s slow path), so that switching
    /// goroutines costs no clock read.
    pub(crate) fn new_slice(&mut self) {
        self.budget = BUDGET;
        self.slices_left = DETERMINISTIC_SLICES;
        self.slice_start = -1;
    }

    /// Block `g` on `req`: `Some(g)` if the operation completed at once.
    fn park_g(&mut self, mut g: Box<G>, req: ParkReq) -> Option<Box<G>> {
        let reason = req.reason();
        g.state.wait_reason = reason;
        let id = g.state.id;
        self.sched.emit(|| Event::GoBlock { g: id, reason });
        let (me, other) = req.park_g(&self.sched, g, self.p.as_mut().map(|p| &mut p.rng))?;
        self.ready(other);
        match me {
            Woken::G(g) => Some(g),
            other => {
                self.ready(other);
                None
            }
        }
    }

    /// A goroutine finished.
    fn goexit(&mut self, g: Box<G>, goexit: bool) {
        let id = g.state.id;
        self.sched.ngoroutines.fetch_sub(1, Ordering::SeqCst);
        self.sched.emit(|| Event::GoEnd { g: id });
        drop(g);
        if id == MAIN_GOID {
            if goexit {
                self.sched.main_goexited.store(true, Ordering::SeqCst);
            } else {
                self.sched.finish(Outcome::MainReturned);
            }
        }
    }

    /// Make a woken sleeper runnable: a G onto this P's runnext (Go's
    /// goready), a thread unparked.
    pub(crate) fn ready(&mut self, w: Woken) {
        match w {
            Woken::G(g) => {
                let by = self.curg;
                self.sched.emit(|| Event::GoUnblock { g: g.state.id, by });
                self.put_next(g);
            }
            Woken::Thread(t) => t.unpark(),
            Woken::Nobody => {}
        }
    }

    /// Ready every sleeper in `ws`.
    pub(crate) fn ready_all(&mut self, ws: Vec<Woken>) {
        for w in ws {
            self.ready(w);
        }
    }

    /// The `go` statement: a new G into this P's runnext.
    pub(crate) fn spawn(&mut self, body: Box<dyn Goroutine>, parent: Goid) -> Goid {
        let id = self.sched.new_goid();
        let g = G::new(id, parent, body);
        self.sched.ngoroutines.fetch_add(1, Ordering::SeqCst);
        self.sched.emit(|| Event::GoCreate { g: id, parent });
        self.put_next(g);
        id
    }

    /// Put a G readied or created here into this P's runnext, and wake an
    /// idle P only if that left `WAKE_QUEUE_LEN` Gs in the local queue
    /// (the essay in sched/mod.rs says why not sooner); Gs queued behind
    /// a running G are offered to an idle P at its next budget refill
    /// (`wake_for_queued`).
    fn put_next(&mut self, g: Box<G>) {
        match &mut self.p {
            Some(p) => {
                p.runqput(g, true);
                if p.runq.len() >= WAKE_QUEUE_LEN {
                    self.sched.wakep();
                }
            }
            None => {
                self.sched.global.push(g);
                self.sched.wakep();
            }
        }
    }

    /// Called every budget from `should_yield`: a G waiting in runnext or
    /// the local queue while the current one keeps running may be taken
    /// by an idle P (runnext is moved to the queue for it, only then: with
    /// every P busy, or one P, the schedule stays Go's).
    pub(crate) fn wake_for_queued(&mut self) {
        let Some(p) = self.p.as_mut() else { return };
        if self.sched.npidle.load(Ordering::SeqCst) == 0 {
            return;
        }
        if p.expose_runnext() || !p.runq.is_empty() {
            self.sched.wakep();
        }
    }
}

/// The report for a Rust panic caught in a goroutine body.
fn internal_error(e: &(dyn std::any::Any + Send)) -> Termination {
    let msg = e
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    Termination {
        code: 2,
        report: format!("fatal error: gorun internal error: {msg}\n"),
    }
}

/// Take a batch from the global queue.
fn steal_global(sched: &SchedInner, p: &mut P) -> Option<Box<G>> {
    loop {
        match sched.global.steal_batch_and_pop(&p.runq) {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}
