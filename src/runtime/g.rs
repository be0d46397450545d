//! G: a goroutine as plain heap data, and the contract between a goroutine's
//! body (implemented by the interpreter) and the scheduler.
//!
//! A [`G`] owns its id, its wait reason, the *param* area where a waker
//! leaves the result of the operation the goroutine was blocked in, and its
//! body: a `Box<dyn Goroutine>` whose `run` steps Go code until the
//! goroutine must block, finishes, or spends its time slice.
//!
//! Guarantee: a G is owned by exactly one place at any moment: the M running
//! it, one run queue, one waiter record (Go's sudog) in one wait queue, a
//! select slot shared by the waiters of one select, or the timer heap. Moving
//! the `Box<G>` is the hand-off; no G is ever reachable from two places, so
//! no G can be run twice or woken twice.

use std::fmt;

use super::cx::RunCx;
use crate::value::Value;

/// A goroutine id, as Go prints it in tracebacks (`goroutine 1 [running]:`).
pub type Goid = u64;

/// The id of the main goroutine.
pub const MAIN_GOID: Goid = 1;

/// The id Go 1.27 gives the first goroutine a program starts (the runtime's
/// own goroutines take ids 2..=17; measured with the reference toolchain's
/// deadlock dump). Ids then count up by one per `go` statement.
pub const FIRST_USER_GOID: Goid = 18;

/// Why a goroutine is parked, named exactly as Go's `waitReason` strings so
/// the deadlock dump reads `goroutine 1 [chan receive]:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    SyncWaitGroupWait,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncCondWait,
}

impl WaitReason {
    /// Go's text for this reason (runtime2.go `waitReasonStrings`).
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
        }
    }
}

impl fmt::Display for WaitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A goroutine's body: the interpreter's frames and cursors for one
/// goroutine. The runtime never looks inside.
///
/// Contract for `run`:
/// * Step Go code. At loop back-edges and calls check
///   [`RunCx::should_yield`]; when it returns true, return
///   [`Yield::Preempted`] with the state saved so the next `run` continues.
/// * A blocking operation is a `RunCx` method returning [`Op`]. On
///   `Op::Park`, return [`Yield::Park`] at once *without advancing* past the
///   statement: when the goroutine is woken, `run` is called again, the body
///   re-executes the same statement, calls the same `RunCx` method with the
///   same arguments, and this time gets `Op::Ready` with the result a waker
///   left (the operands must therefore be side-effect free to re-evaluate,
///   which A-normal form guarantees).
/// * Return [`Yield::Exit`] when the goroutine's function returned,
///   [`Yield::Goexit`] for `runtime.Goexit`, [`Yield::Terminate`] to end the
///   whole program (unrecovered panic, fatal error, `os.Exit`).
pub trait Goroutine: Send {
    /// Run until the goroutine blocks, yields, or finishes.
    fn run(&mut self, cx: &mut RunCx<'_>) -> Yield;

    /// The goroutine's stack for a dump: Go's form without the
    /// `goroutine N [...]:` header, e.g. "main.main()\n\t/x/a.go:14 +0x0\n".
    fn traceback(&self) -> String;
}

/// What a body's `run` returns to the scheduler.
#[derive(Debug)]
pub enum Yield {
    /// A `RunCx` operation returned `Op::Park`: block on it.
    Park,
    /// The time slice is spent (`should_yield` said so): run others first.
    Preempted,
    /// `runtime.Gosched()`: go to the global run queue.
    Gosched,
    /// The goroutine's function returned. For the main goroutine this ends
    /// the program at once (`Outcome::MainReturned`).
    Exit,
    /// `runtime.Goexit()` after the deferred calls ran. For the main
    /// goroutine the program continues until the others finish, then dies
    /// with Go's "no goroutines (main called runtime.Goexit) - deadlock!".
    Goexit,
    /// End the program now with this exit code and stderr report (already
    /// formatted by the interpreter: `panic: ...` + traceback, or a fatal
    /// error). `os.Exit(n)` is `Terminate { code: n, report: "" }`.
    Terminate(Termination),
}

/// How a program ends when a goroutine ends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Termination {
    /// Process exit status (2 for panics and fatal errors, n for os.Exit(n)).
    pub code: i32,
    /// Text for stderr, printed by the caller of `run_main` after flushing
    /// stdout (empty for os.Exit).
    pub report: String,
}

/// The result of a possibly blocking runtime operation.
#[derive(Debug, PartialEq)]
pub enum Op<T> {
    /// Done; here is the result.
    Ready(T),
    /// The goroutine must block: return `Yield::Park` from `run` now.
    Park,
    /// The operation panics in Go (recoverable): e.g. "send on closed
    /// channel". The body turns it into a Go runtime panic.
    Panic(RuntimeError),
    /// The operation is a fatal error in Go (unrecoverable): e.g.
    /// "sync: unlock of unlocked mutex". The body prints
    /// `fatal error: <text>` and terminates with code 2.
    Fatal(RuntimeError),
}

impl<T> Op<T> {
    /// True for `Op::Park`.
    pub fn is_park(&self) -> bool {
        matches!(self, Op::Park)
    }
}

/// Errors the runtime reports to a body, with Go's exact texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    SendOnClosed,
    CloseOfClosed,
    CloseOfNil,
    NegativeWaitGroupCounter,
    UnlockOfUnlockedMutex,
    RUnlockOfUnlockedRWMutex,
    UnlockOfUnlockedRWMutex,
    /// time.NewTicker / Ticker.Reset with d <= 0.
    NonPositiveTickerInterval,
}

impl RuntimeError {
    /// Go's text (the panic value or the text after "fatal error: ").
    pub fn as_str(self) -> &'static str {
        match self {
            RuntimeError::SendOnClosed => "send on closed channel",
            RuntimeError::CloseOfClosed => "close of closed channel",
            RuntimeError::CloseOfNil => "close of nil channel",
            RuntimeError::NegativeWaitGroupCounter => "sync: negative WaitGroup counter",
            RuntimeError::UnlockOfUnlockedMutex => "sync: unlock of unlocked mutex",
            RuntimeError::RUnlockOfUnlockedRWMutex => "sync: RUnlock of unlocked RWMutex",
            RuntimeError::UnlockOfUnlockedRWMutex => "sync: Unlock of unlocked RWMutex",
            RuntimeError::NonPositiveTickerInterval => "non-positive interval for NewTicker",
        }
    }
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a waker leaves in a parked goroutine's param area (Go's
/// `gp.param` / `sudog.elem` / `sudog.success`).
#[derive(Debug)]
pub(crate) enum Wakeup {
    /// A receive completed: the value and Go's `ok`.
    Recv(Value, bool),
    /// A send completed.
    Sent,
    /// A send's channel was closed while it waited.
    SendClosed,
    /// A select case fired: case index, received value and ok (for receive
    /// cases; `Value::Nil`/true for send cases).
    Selected(usize, Value, bool),
    /// A select send case's channel was closed while it waited.
    SelectSendClosed,
    /// A sleep's deadline passed.
    Slept,
    /// The lock/semaphore the goroutine waited for is now its own.
    Acquired,
    /// Woken to retry (a barging mutex wake-up, Cond notify).
    Retry,
    /// The program is ending; the nested caller must unwind.
    Exiting,
}

/// The G record: identity, park state and body.
pub struct G {
    /// Everything but the body, borrowed by `RunCx` while the body runs.
    pub(crate) state: GState,
    /// The interpreter's frames for this goroutine.
    pub(crate) body: Box<dyn Goroutine>,
}

/// A G's scheduler-side state.
pub(crate) struct GState {
    /// This goroutine's id.
    pub(crate) id: Goid,
    /// The goroutine whose `go` statement created this one (0 for main).
    pub(crate) parent: Goid,
    /// Why it is parked (meaningful only while parked).
    pub(crate) wait_reason: WaitReason,
    /// The waker's result, consumed by the next `RunCx` operation.
    pub(crate) param: Option<Wakeup>,
    /// When it began waiting for the mutex it wants (kept across barging
    /// retries, for starvation mode).
    pub(crate) wait_since: i64,
    /// Set when the G was taken from `runnext`: it inherits the time slice.
    pub(crate) inherit_slice: bool,
    /// The object the G is parked on, held so that a wait queue and the Gs
    /// in it stay alive together even when no goroutine names the object
    /// any more (Go never frees a blocked goroutine either).
    pub(crate) keepalive: Option<std::sync::Arc<dyn std::any::Any + Send + Sync>>,
}

impl G {
    pub(crate) fn new(id: Goid, parent: Goid, body: Box<dyn Goroutine>) -> Box<G> {
        Box::new(G {
            state: GState {
                id,
                parent,
                wait_reason: WaitReason::ChanReceive,
                param: None,
                wait_since: 0,
                inherit_slice: false,
                keepalive: None,
            },
            body,
        })
    }
}

/// One goroutine in a deadlock dump.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoroutineDump {
    /// Its id.
    pub id: Goid,
    /// Who created it (0 for main), for Go's "created by ... in goroutine N".
    pub parent: Goid,
    /// What it waits for.
    pub wait_reason: WaitReason,
    /// Its body's traceback.
    pub traceback: String,
}

#[cfg(test)]
mod tests {
    use crate::runtime::waitq::Waiter;
    use crate::value::Value;

    /// The runtime's share of a parked goroutine stays small: the G record
    /// plus its waiter record (the body is the interpreter's). A blocked
    /// receiver's waiter carries no value slot.
    #[test]
    fn parked_goroutine_records_are_small() {
        let g = std::mem::size_of::<super::G>();
        let recv = std::mem::size_of::<Waiter>();
        let send = std::mem::size_of::<Waiter<Value>>();
        assert!(recv <= 24, "receiver waiter {recv} bytes");
        assert_eq!(send, recv + std::mem::size_of::<Value>());
        assert!(g + recv <= 160, "G {g} bytes + waiter {recv} bytes");
    }
}
