//! The scheduler: Go's G/M/P model on heap goroutines.
//!
//! # G, M, P
//! * G: a goroutine ([`super::g::G`]): heap data, stepped by its body.
//! * M: an OS thread. It runs Go code only while it holds a P.
//! * P: a processor token with a local run queue ([`p::P`]). GOMAXPROCS Ps
//!   exist; a P is held by one M, or sits in the idle list.
//!
//! An M's life ([`m::M::run`]): take a runnable G (runnext, local queue,
//! every 61st time the global queue first, then the global queue, timers,
//! then steal half of a random victim's queue), execute it until it parks,
//! yields or exits, repeat. With nothing to do it releases its P and parks.
//!
//! # Parking and unparking Ms (after proc.go's essay)
//! Waking a thread for every readied G thrashes; never waking one loses
//! parallelism. As Go: when work is submitted (a G readied or created, a
//! timer added), `wakep` starts an M only if there is an idle P and no M
//! is spinning (looking for work). A spinning M that finds work stops
//! spinning and, if it was the last spinner, calls `wakep` in turn; so at
//! most one M at a time hunts for work, yet work never sits unseen while a
//! P is idle. The race between submission and a spinner giving up is closed
//! by ordering both sides:
//! 1. submitter: push the work; then (SeqCst) read `nmspinning`;
//! 2. spinner: decrement `nmspinning` (SeqCst); then re-check every queue.
//!
//! Either the submitter sees the spinner and leaves the work to it, or the
//! spinner's re-check sees the work. (`wakep` starts with a SeqCst fence:
//! on x86 a plain push followed by a SeqCst load may be reordered.)
//!
//! One deliberate difference from Go: readying or creating a G puts it in
//! runnext and calls `wakep` only if that left at least `WAKE_QUEUE_LEN`
//! (4) Gs in the local queue. A few queued Gs are the hand-off partners of
//! the running G (a select's producers, a pipeline's stages, a pool's
//! workers): this M runs them as soon as the running G blocks, with their
//! data still in its cache. Waking a thread for each of them costs a futex
//! wake, a steal and cache misses per hand-off, and the thief mostly
//! finds its G blocked again at once (Go wakes anyway; with interpreted
//! goroutines the wake-up costs more than the work it moves: measured,
//! 66,000 context switches and 1.6x the CPU time for select_fanin). If the
//! running G keeps running instead, its next budget refill
//! (`should_yield`, every `BUDGET` steps) calls `wakep` for any G waiting
//! in runnext or the queue (moving runnext, which is the P's own, to the
//! queue first), and a spinning M steals it. So a queued G waits at most
//! one budget for a thread while a P is idle, and a longer queue is shared
//! at once.
//!
//! # Blocking
//! A G blocks by returning `Yield::Park` with a request in its `RunCx`. The
//! M still owns the G; it locks the object, re-checks, and either completes
//! the operation at once (the G runs on) or moves the G into the object's
//! wait queue (see [`super::waitq`]). Whoever later completes the operation
//! takes the G out and readies it onto its own P's runnext.
//!
//! # Ending
//! The program ends when main's G exits, a body terminates it, or
//! checkdead finds every goroutine blocked: the M that sees it records the
//! [`Outcome`], sets `exiting` and unparks every idle M; every M leaves its
//! loop at its next scheduling point (a running body sees `should_yield`
//! turn true). Abandoned goroutines are simply dropped or leaked.
//!
//! # Deterministic mode
//! One P, one M, a virtual clock that jumps to the earliest timer when
//! nothing is runnable, seeded random choices, and time slices counted in
//! steps: the Go playground's model (`go run -tags faketime` with
//! GOMAXPROCS=1), runnext included, so a program prints what the
//! playground prints. Timers due at the same instant fire in the order they
//! were set. The seed's WaitGroup program prints `0 A B 1 2 C D 3 ...`
//! there (the goroutine readied last runs first).
//!
//! A goroutine that never blocks stops virtual time, as in the playground.
//!
//! # checkdead
//! Ps are counted busy under the scheduler lock. When the last busy P goes
//! idle, no M is in a blocking native call, no thread waits for a P, no
//! parked callback thread has been woken, and no timer is active, no G can
//! ever become runnable again: deadlock. Every transition that could hide a
//! runnable goroutine from that test (a thread leaving a native call, a
//! woken callback thread) happens under the same lock. The dump walks the
//! wait objects' registry, so parking costs nothing extra.
//!
//! # Threads
//! Every M is a thread of its own, M0 included: `run_main`'s caller only
//! waits for the outcome, so a goroutine stuck in a blocking native call
//! (reading stdin) never holds up the program's end.

mod handoff;
mod idle;
pub(crate) mod m;
pub(crate) mod p;

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossbeam_deque::Injector;
use parking_lot::{Condvar, Mutex, RwLock};

use super::clock::{Clock, FastRand};
use super::event::{Event, EventSink};
use super::g::{Goid, Goroutine, GoroutineDump, Termination, FIRST_USER_GOID, G, MAIN_GOID};
use super::registry::Registry;
use super::timer::Timers;
use p::{PShared, P};

pub(crate) use idle::Locked;

/// Most Ps a program may ask for (Go's limit is 1<<31; this is plenty).
pub const MAX_GOMAXPROCS: usize = 1024;

/// Scheduler configuration.
#[derive(Clone, Default)]
pub struct Config {
    /// Number of Ps; `None`: the GOMAXPROCS environment variable, else the
    /// available cores. Forced to 1 in deterministic mode.
    pub gomaxprocs: Option<usize>,
    /// `Some(seed)`: deterministic mode (one P, virtual clock, seeded
    /// random choices).
    pub deterministic: Option<u64>,
    /// Receives every scheduling event.
    pub events: Option<Arc<dyn EventSink>>,
}

impl Config {
    /// GOMAXPROCS from the environment (as Go: a positive decimal integer,
    /// else ignored), else Go's default (the CPUs this process may use,
    /// capped by its cgroup's CPU limit; see `cpus`).
    pub fn gomaxprocs_from_env() -> usize {
        std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .map(|n| n.min(MAX_GOMAXPROCS))
            .unwrap_or_else(|| super::cpus::default_gomaxprocs().min(MAX_GOMAXPROCS))
    }
}

/// `runtime.NumCPU()`: the CPUs this process may run on.
pub fn num_cpu() -> usize {
    super::cpus::num_cpu()
}

/// How a program run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// main returned: exit status 0 (after flushing stdout).
    MainReturned,
    /// A goroutine ended the program (panic, fatal error, os.Exit).
    Terminated(Termination),
    /// Every goroutine is blocked and no timer is pending.
    Deadlock(Deadlock),
}

/// A deadlock report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadlock {
    /// Main called runtime.Goexit.
    pub main_goexited: bool,
    /// Every parked goroutine, goroutine 1 first, then by id.
    pub goroutines: Vec<GoroutineDump>,
}

impl Deadlock {
    /// Go's fatal error text (after "fatal error: ").
    pub fn message(&self) -> &'static str {
        if self.main_goexited && self.goroutines.is_empty() {
            "no goroutines (main called runtime.Goexit) - deadlock!"
        } else {
            "all goroutines are asleep - deadlock!"
        }
    }
}

/// A scheduler instance: one program run.
pub struct Sched {
    pub(crate) inner: Arc<SchedInner>,
}

/// Shared scheduler state (Go's `sched` plus `allp`).
pub(crate) struct SchedInner {
    /// The global run queue.
    pub(crate) global: Injector<Box<G>>,
    /// Every P ever created, by id (their stealers).
    pub(crate) allp: RwLock<Vec<Arc<PShared>>>,
    /// Current GOMAXPROCS.
    pub(crate) gomaxprocs: AtomicUsize,
    /// Ms looking for work.
    pub(crate) nmspinning: AtomicUsize,
    /// Ps in the idle list (read without the lock by wakep).
    pub(crate) npidle: AtomicUsize,
    /// Threads waiting to get a P back after a blocking call.
    pub(crate) npwait: AtomicUsize,
    /// Ms in a blocking native call without a P.
    pub(crate) nsyscall: AtomicUsize,
    /// Idle Ps and Ms, and the counts checkdead needs.
    pub(crate) lock: Mutex<Locked>,
    /// Signalled when the outcome is set and when an M exits (run_main
    /// waits for both, under `lock`).
    pub(crate) mexit: Condvar,
    /// The program is over; every M leaves at its next scheduling point.
    pub(crate) exiting: AtomicBool,
    /// How it ended (first writer wins).
    pub(crate) outcome: Mutex<Option<Outcome>>,
    /// Next goroutine id.
    pub(crate) next_goid: AtomicU64,
    /// Live goroutines (runtime.NumGoroutine).
    pub(crate) ngoroutines: AtomicI64,
    /// Main called Goexit.
    pub(crate) main_goexited: AtomicBool,
    /// The timer heap.
    pub(crate) timers: Timers,
    /// Real or virtual time.
    pub(crate) clock: Clock,
    /// Wait objects, for dumps.
    pub(crate) registry: Registry,
    /// The event sink, if any.
    pub(crate) events: Option<Arc<dyn EventSink>>,
    /// Deterministic mode.
    pub(crate) deterministic: bool,
    /// Seed for the Ps' random generators.
    pub(crate) seed: u64,
}

impl SchedInner {
    /// Emit an event (one branch when no sink is installed).
    #[inline]
    pub(crate) fn emit(&self, e: impl FnOnce() -> Event) {
        if let Some(s) = &self.events {
            s.event_at(e(), self.clock.now());
        }
    }

    /// A fresh goroutine id.
    pub(crate) fn new_goid(&self) -> Goid {
        self.next_goid.fetch_add(1, Ordering::Relaxed)
    }

    /// Record how the program ended (first caller wins) and stop every M.
    pub(crate) fn finish(&self, o: Outcome) {
        {
            let mut out = self.outcome.lock();
            if out.is_none() {
                *out = Some(o);
            }
        }
        self.exiting.store(true, Ordering::SeqCst);
        self.wake_all_for_exit();
    }

    /// True once the program is over.
    #[inline]
    pub(crate) fn is_exiting(&self) -> bool {
        self.exiting.load(Ordering::Relaxed)
    }
}

impl Sched {
    /// A scheduler ready to run one program.
    pub fn new(cfg: Config) -> Sched {
        let deterministic = cfg.deterministic.is_some();
        let n = if deterministic {
            1
        } else {
            cfg.gomaxprocs
                .unwrap_or_else(Config::gomaxprocs_from_env)
                .clamp(1, MAX_GOMAXPROCS)
        };
        let seed = cfg.deterministic.unwrap_or_else(FastRand::entropy);
        let inner = Arc::new(SchedInner {
            global: Injector::new(),
            allp: RwLock::new(Vec::new()),
            gomaxprocs: AtomicUsize::new(n),
            nmspinning: AtomicUsize::new(0),
            npidle: AtomicUsize::new(0),
            npwait: AtomicUsize::new(0),
            nsyscall: AtomicUsize::new(0),
            lock: Mutex::new(Locked::default()),
            mexit: Condvar::new(),
            exiting: AtomicBool::new(false),
            outcome: Mutex::new(None),
            next_goid: AtomicU64::new(FIRST_USER_GOID),
            ngoroutines: AtomicI64::new(0),
            main_goexited: AtomicBool::new(false),
            timers: Timers::default(),
            clock: Clock::new(deterministic),
            registry: Registry::default(),
            events: cfg.events,
            deterministic,
            seed,
        });
        Sched { inner }
    }

    /// Run `main` as goroutine 1 until the program ends. Every M, M0
    /// included, is a thread of its own (the caller only waits, so a
    /// goroutine stuck in a blocking native call never holds up the exit);
    /// Ms are started on demand and stopped before this returns (waiting
    /// at most a second for a body that ignores `should_yield`).
    ///
    /// A `Sched` runs one program: calling this again returns the first
    /// run's outcome without running `main`.
    pub fn run_main(&self, main: Box<dyn Goroutine>) -> Outcome {
        let inner = &self.inner;
        if let Some(o) = inner.outcome.lock().clone() {
            return o;
        }
        let n = inner.gomaxprocs.load(Ordering::SeqCst);
        let mut p0 = None;
        {
            let mut l = inner.lock.lock();
            for id in 0..n {
                let (p, shared) = P::new(id, inner.seed);
                inner.allp.write().push(shared);
                if id == 0 {
                    p0 = Some(p);
                } else {
                    l.pidle.push(p);
                }
            }
            inner.npidle.store(n - 1, Ordering::SeqCst);
            l.npbusy = 1;
            l.nmlive = 1;
        }
        let mut p0 = p0.expect("at least one P");
        let g = G::new(MAIN_GOID, 0, main);
        inner.ngoroutines.fetch_add(1, Ordering::SeqCst);
        inner.emit(|| Event::GoCreate {
            g: MAIN_GOID,
            parent: 0,
        });
        p0.runqput(g, true);
        if inner.spawn_m(p0, false).is_err() {
            return Outcome::Terminated(Termination {
                code: 2,
                report: "runtime: failed to create new OS thread\n".into(),
            });
        }
        {
            let mut l = inner.lock.lock();
            while inner.outcome.lock().is_none() {
                inner.mexit.wait(&mut l);
            }
        }
        self.wait_ms_exit(Duration::from_secs(1));
        let out = inner.outcome.lock().clone();
        out.unwrap_or(Outcome::MainReturned)
    }

    /// Wait for the Ms to leave their loops, except those inside a
    /// blocking native call (reading stdin): they leave when it returns,
    /// and the process may exit before that.
    fn wait_ms_exit(&self, limit: Duration) {
        let deadline = std::time::Instant::now() + limit;
        let mut l = self.inner.lock.lock();
        while l.nmlive > self.inner.nsyscall.load(Ordering::SeqCst) {
            if self.inner.mexit.wait_until(&mut l, deadline).timed_out() {
                break;
            }
        }
    }

    /// runtime.GOMAXPROCS(n): the previous setting; n < 1 only queries.
    /// Ignored (returns 1) in deterministic mode.
    pub fn set_gomaxprocs(&self, n: i64) -> usize {
        self.inner.set_gomaxprocs(n)
    }

    /// runtime.NumGoroutine().
    pub fn num_goroutine(&self) -> usize {
        self.inner.ngoroutines.load(Ordering::SeqCst).max(0) as usize
    }

    /// Unix nanoseconds when the scheduler started; time.Now() is this plus
    /// the clock (`RunCx::now`).
    pub fn start_unix_nanos(&self) -> i64 {
        self.inner.clock.start_unix()
    }

    /// True in deterministic mode.
    pub fn is_deterministic(&self) -> bool {
        self.inner.deterministic
    }
}

impl Drop for Sched {
    fn drop(&mut self) {
        // A scheduler dropped without (or after) run_main: release any M.
        self.inner.exiting.store(true, Ordering::SeqCst);
        self.inner.wake_all_for_exit();
    }
}
