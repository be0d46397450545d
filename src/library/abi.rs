//! The native ABI: how the interpreter calls a library function written in
//! Rust, and what such a function may ask of the interpreter.
//!
//! Binding: a function or method declared without a body in `std/*.go` is
//! native. Its key is [`native_key`]`(import_path, receiver_type, name)`:
//! `"fmt.Sprintf"`, `"math/rand.Intn"`, `"sync.WaitGroup.Wait"` (receiver
//! base type name, pointer or not). [`super::natives::lookup`] turns a key
//! into a [`NativeId`] once, at load time; [`super::natives::get`] gives the
//! function for an id (`Value::Func(Func::Native { id, .. })` holds it).
//!
//! Calling convention: `f(host, args)` where `args` are the Go arguments in
//! order, the receiver first for methods (a pointer receiver arrives as
//! `Value::Pointer`), a variadic parameter as one slice value (or `Nil`).
//! Interface-typed parameters arrive as `Value::Iface` (or `Nil` for the nil
//! interface), so the dynamic type is always at hand.
//!
//! Contract on natives:
//! * never panic in Rust, whatever the arguments: a Go-level failure is
//!   [`Outcome::Panic`] with the value Go would panic with;
//! * never block the OS thread: a blocking operation returns
//!   [`Outcome::Park`]; the runtime parks the calling G and, when the G is
//!   readied, the call is complete (the park request encodes everything that
//!   must happen on wake-up, e.g. a Mutex handed to the waiter);
//! * Go code is only run through [`Host::call`] / [`Host::call_method`],
//!   which run it to completion on the current thread (design.md: a
//!   callback that blocks hands the P off, like a system call).

use crate::check::types::{BasicKind, TypeId, TypeTable};
use crate::value::Value;

/// Index of a native in the library's table ([`super::natives`]).
pub type NativeId = u32;

/// A native function: receives its Go arguments and returns an [`Outcome`].
pub type NativeFn = fn(&mut dyn Host, &[Value]) -> Outcome;

/// What a native call produced.
pub enum Outcome {
    /// Normal return with the results in order (empty for none).
    Return(Vec<Value>),
    /// Raise a Go panic with this value (an interface value:
    /// `Value::Iface`; see [`panic_string`]).
    Panic(Value),
    /// Park the calling goroutine; the call completes (with no results) when
    /// the runtime readies it.
    Park(Park),
    /// `os.Exit(code)`: flush stdout and end the process with `code`,
    /// without running deferred calls.
    Exit(i32),
    /// `runtime.Goexit()`: run the calling goroutine's deferred calls and end
    /// it.
    Goexit,
}

impl Outcome {
    /// A return of a single value.
    pub fn one(v: Value) -> Outcome {
        Outcome::Return(vec![v])
    }
    /// A return without results.
    pub fn none() -> Outcome {
        Outcome::Return(Vec::new())
    }
}

/// Why and on what a native parks the calling goroutine. The interpreter
/// hands it to the runtime unchanged.
pub enum Park {
    /// `time.Sleep(d)` with `d > 0` (wait reason `sleep`).
    Sleep(std::time::Duration),
    /// `runtime.Gosched()`: back to the global run queue, runnable.
    Yield,
    /// A payload for the interpreter, always a [`RuntimePark`] (boxed so
    /// that new kinds never change this enum): see there.
    Runtime(Box<dyn std::any::Any + Send>),
}

/// What `Park::Runtime` carries. Natives that use the runtime's sync
/// objects call them through [`Host::with_runtime`]; the runtime then
/// either answers at once or records a park request in the `RunCx`.
pub enum RuntimePark {
    /// The runtime recorded a park request: return `Yield::Park` without
    /// advancing, and call the same native again with the same arguments
    /// when the goroutine is woken (the runtime then answers `Ready`; the
    /// native's work before parking is side-effect free).
    Parked,
    /// A Go fatal error: print `fatal error: <text>` (with the goroutine
    /// traceback) and exit with status 2, without running deferred calls
    /// (e.g. "sync: unlock of unlocked mutex").
    Fatal(&'static str),
}

impl Outcome {
    /// The goroutine parks in the runtime (see [`RuntimePark::Parked`]).
    pub fn parked() -> Outcome {
        Outcome::Park(Park::Runtime(Box::new(RuntimePark::Parked)))
    }
    /// A Go fatal error (see [`RuntimePark::Fatal`]).
    pub fn fatal(text: &'static str) -> Outcome {
        Outcome::Park(Park::Runtime(Box::new(RuntimePark::Fatal(text))))
    }
}

/// A function run with the calling goroutine's runtime context.
pub type WithRuntime<'f> = &'f mut dyn FnMut(&mut crate::runtime::RunCx<'_>) -> Outcome;

/// A Go panic value that escaped Go code the library called back into.
pub type GoPanic = Value;

/// What natives may ask of the interpreter. One `Host` is the calling
/// goroutine's view of the running program.
pub trait Host {
    /// The program's type table (for `%T`, `%v` of structs, reflection).
    fn types(&self) -> &TypeTable;

    /// Whether the method set of `ty` contains a method `name` with the
    /// signature `func() string` (promoted methods included): fmt's
    /// Stringer / error / GoStringer checks.
    fn has_method(&self, ty: TypeId, name: &str) -> bool;

    /// Whether `ty` implements the interface type `iface` (Go's method-set
    /// rule, value vs pointer receivers): errors.As, type checks in natives.
    fn implements(&self, ty: TypeId, iface: TypeId) -> bool;

    /// Calls method `name` on `recv` of dynamic type `ty` to completion
    /// with `args`; `Err` carries the panic value if it panicked. `None`
    /// if `ty` has no such method.
    fn call_method(
        &mut self,
        ty: TypeId,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<Result<Vec<Value>, GoPanic>>;

    /// Calls the func value `f` to completion; `Err` carries the panic
    /// value if it panicked.
    fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, GoPanic>;

    /// Writes `bytes` to file descriptor `fd` (1 stdout, 2 stderr) as one
    /// write: output of concurrent calls never interleaves inside it.
    /// Returns the number of bytes written.
    fn write(&mut self, fd: i32, bytes: &[u8]) -> usize;

    /// `os.Args`: the program name then its arguments.
    fn args(&self) -> Vec<String>;

    /// The current time in nanoseconds since the Unix epoch (the virtual
    /// clock in deterministic mode).
    fn now_nanos(&self) -> i64;

    /// A monotonic clock reading in nanoseconds (virtual in deterministic
    /// mode).
    fn mono_nanos(&self) -> i64;

    /// `runtime.NumGoroutine()`: goroutines that exist now.
    fn num_goroutine(&self) -> i64;

    /// `runtime.GOMAXPROCS(n)`: sets the number of Ps when `n > 0`;
    /// returns the previous setting.
    fn gomaxprocs(&mut self, n: i64) -> i64;

    /// Runs `f` with the calling goroutine's [`crate::runtime::RunCx`]
    /// (sync objects, timers, spawning), returning its outcome. The
    /// default (a host without a runtime, e.g. a goroutine that is dying)
    /// makes every such operation a Go fatal error.
    fn with_runtime(&mut self, f: WithRuntime<'_>) -> Outcome {
        let _ = f;
        Outcome::fatal("gorun: a blocking operation where nothing may block")
    }

    /// A seed for random generators (from `--seed` in deterministic mode,
    /// random otherwise).
    fn random_seed(&mut self) -> u64;
}

/// The key a native is bound by: `"<import path>.<Func>"` or
/// `"<import path>.<Type>.<Method>"` (`recv` is the receiver's base type
/// name, without `*`).
pub fn native_key(import_path: &str, recv: Option<&str>, name: &str) -> String {
    match recv {
        Some(t) => format!("{import_path}.{t}.{name}"),
        None => format!("{import_path}.{name}"),
    }
}

/// The type id of the predeclared `string` type (fixed by the type table's
/// layout: basic kinds come first).
pub fn string_type() -> TypeId {
    TypeId(BasicKind::String as u32)
}

/// A panic value `panic("msg")` as Go code would raise it.
pub fn panic_string(msg: &str) -> Outcome {
    Outcome::Panic(Value::iface(
        crate::value::TypeId(string_type().0),
        Value::str(msg),
    ))
}

/// The dynamic type of an interface value in the checker's numbering.
pub fn dyn_type(v: &Value) -> Option<(TypeId, &Value)> {
    match v {
        Value::Iface(i) => Some((TypeId(i.ty.0), &i.val)),
        _ => None,
    }
}
