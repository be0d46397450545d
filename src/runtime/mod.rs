//! The runtime: Go's G/M/P scheduler, channels, select, timers and the
//! synchronisation primitives. It moves goroutines and values around but
//! never looks inside either: it does not know the interpreter.
//!
//! # How the interpreter uses it
//! * Implement [`Goroutine`] for a goroutine's frames; start the program
//!   with [`Sched::run_main`], which returns an [`Outcome`].
//! * Inside `run`, use the [`RunCx`]: `spawn` for `go`, `recv`/`send`/
//!   `close`/`select` on [`Chan`]s, `sleep` and timers, sync objects
//!   ([`Mutex`], [`RWMutex`], [`WaitGroup`], [`Cond`]), `should_yield` at
//!   back-edges and calls, `run_nested` for Go callbacks from library code,
//!   `blocking` for blocking native calls.
//! * A blocking operation returns [`Op::Park`]: return [`Yield::Park`]
//!   without advancing; when resumed, re-execute the same statement; the
//!   same call then returns `Op::Ready` with the result.
//!
//! # Code map
//! * `g`: G, the `Goroutine` contract, wait reasons, errors.
//! * `cx`: `RunCx`, the body's view of the runtime.
//! * `sched`: Ps, Ms, the scheduling loop, idle/wake protocol, checkdead.
//! * `waitq`: waiter records (sudogs), the claim protocol, wait queues.
//! * `park`: park requests and the race-free re-check.
//! * `chan`, `select`, `timer`, `sync`: the blocking objects.
//! * `registry`: finding parked goroutines for the deadlock dump.
//! * `clock`: real or virtual time, the PRNG. `event`: the event hook.
//! * `cpus`: NumCPU and the default GOMAXPROCS, as Go computes them.
//!
//! # Architecture invariants
//! * Nothing here imports the interpreter or the library.
//! * A G is owned by exactly one place at a time (see `g`).
//! * No lock is held while readying a goroutine; a waker never holds two
//!   object locks except select's id-ordered set.

mod chan;
mod clock;
mod cpus;
mod cx;
mod event;
mod g;
mod park;
mod registry;
mod sched;
mod select;
mod sync;
mod timer;
mod waitq;

pub use chan::Chan;
pub use cx::{Nested, RunCx};
pub use event::{Event, EventSink};
pub use g::{
    Goid, Goroutine, GoroutineDump, Op, RuntimeError, Termination, WaitReason, Yield,
    FIRST_USER_GOID, MAIN_GOID,
};
pub use sched::{num_cpu, Config, Deadlock, Outcome, Sched, MAX_GOMAXPROCS};
pub use select::{CaseRef, Cases, SelectCase, Selected};
pub use sync::{Cond, Mutex, RWMutex, WaitGroup};
pub use timer::{BodyFactory, TickValue, Timer};

// For the REPL session (src/interp/session.rs), which needs the scheduler's
// internals to run inputs without checkdead ending the process.
pub(crate) use g::Wakeup;
pub(crate) use sched::SchedInner;
