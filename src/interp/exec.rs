//! The step loop: one goroutine's state as heap data and the statements
//! that move it forward.
//!
//! A goroutine ([`GoState`]) is one slot stack, one frame stack and its
//! panic chain. A frame is (function, pc, slot base, deferred calls, mode).
//! [`GoState::run`] executes statements until the goroutine blocks, spends
//! its budget, or finishes; it never recurses in Rust per Go call (a call
//! pushes a frame and continues the same loop), so depth is bounded only by
//! the emulated Go stack limit.
//!
//! Contract with the scheduler ([`Sched`]): a blocking statement asks the
//! scheduler and, on `Op::Park`, returns [`Stop::Park`] *without advancing
//! its pc*; when woken, the same statement re-executes and the scheduler
//! then answers `Op::Ready`. Statements are side-effect free until they
//! complete, which A-normal form guarantees.
//!
//! Calls, returns, defers and panics live in [`super::call`].

use super::call::FrameMode;
use super::eval::Env;
use super::ir::{Callee, Expr, Instr, Place, Program, RangeKind};
use super::ops::{RtErr, RtResult};
use super::World;
use crate::value::{MapKey, Value};
use std::sync::Arc;

/// Why [`GoState::run`] returned.
#[derive(Debug)]
pub enum Stop {
    /// Blocked in the scheduler (the op returned `Park`).
    Park,
    /// Budget spent.
    Preempted,
    /// `runtime.Gosched`.
    Gosched,
    /// The goroutine's function returned.
    Exit,
    /// `runtime.Goexit` finished running the deferred calls.
    Goexit,
    /// A panic unwound past a callback boundary (it is in `panics`).
    Panicked,
    /// End the program: exit code and the stderr report.
    Terminate(i32, String),
}

/// The answer of a possibly blocking scheduler operation.
#[derive(Debug)]
pub enum Op<T> {
    Ready(T),
    Park,
    /// A Go run-time panic (`send on closed channel`).
    Panic(String),
    /// A fatal error (`sync: unlock of unlocked mutex`).
    Fatal(String),
}

/// What a goroutine needs from the scheduler.
pub trait Sched {
    /// The time slice is spent and someone else could run.
    fn should_yield(&mut self) -> bool;
    /// Starts a goroutine.
    fn spawn(&mut self, g: GoState);
    fn send(&mut self, ch: &Value, v: Value) -> Op<()>;
    fn recv(&mut self, ch: &Value) -> Op<(Value, bool)>;
    fn close(&mut self, ch: &Value) -> Op<()>;
    /// `select`: cases are (channel, Some(value) for a send); returns the
    /// chosen index (or `None` for default), the received value and ok.
    fn select(
        &mut self,
        cases: &[(Value, Option<Value>)],
        has_default: bool,
    ) -> Op<(Option<usize>, Value, bool)>;
    /// A library native asked to park.
    fn park_native(&mut self, p: crate::library::abi::Park) -> Op<()>;
    /// This goroutine's id.
    fn goid(&self) -> u64;
    /// `runtime.NumGoroutine()`.
    fn num_goroutine(&self) -> i64 {
        1
    }
    /// `runtime.GOMAXPROCS(n)`: the previous setting (sets it when n > 0).
    fn gomaxprocs(&mut self, _n: i64) -> i64 {
        1
    }
    /// Runs a Go callback (pushed on `g` above a boundary frame) to
    /// completion on this thread.
    fn run_nested(&mut self, g: &mut GoState) -> Stop;
    /// Runs a library native's runtime operation with the goroutine's
    /// runtime context (nothing where no scheduler runs).
    fn with_runtime(
        &mut self,
        f: crate::library::abi::WithRuntime<'_>,
    ) -> crate::library::abi::Outcome {
        let _ = f;
        crate::library::abi::Outcome::fatal("gorun: a blocking operation where nothing may block")
    }
    /// The monotonic clock in nanoseconds (virtual in deterministic mode).
    fn now(&self) -> i64;
    /// Unix time in nanoseconds.
    fn unix_nanos(&self) -> i64;
    /// A random number (seeded in deterministic mode).
    fn rand_u64(&mut self) -> u64;
}

/// One call frame.
#[derive(Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    /// Entered by the call fast path of a one-result plain function whose
    /// result goes to a local: that local's absolute slot, where `return e`
    /// writes directly ([`NO_RET`] otherwise).
    pub ret: u32,
    pub defers: RareVec<super::unwind::Deferred>,
    pub mode: FrameMode,
    /// Started by a deferred call (recover works directly inside it).
    pub deferred: bool,
    /// Started without a `Call` statement below it (goroutine entry, init, main).
    pub entry: bool,
    /// A boundary for a Go callback run to completion from Rust.
    pub boundary: bool,
}

/// [`Frame::ret`] when the general return protocol applies.
pub const NO_RET: u32 = u32::MAX;

/// A goroutine's whole state.
pub struct GoState {
    pub world: Arc<World>,
    pub slots: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Panics in flight, oldest first.
    pub panics: RareVec<super::unwind::PanicRec>,
    /// Results of the last frame that returned across a boundary.
    pub boundary_results: RareVec<Value>,
    pub goid: u64,
    /// `created by <func> in goroutine <n>` and the `go` statement's position.
    /// (function, pc, goroutine) of the `go` statement; no allocation.
    pub created_by: Option<(u32, u32, u64)>,
}

/// A list that is almost always empty (a frame's deferred calls, a
/// goroutine's panics): one word, no allocation until the first push, so
/// a parked goroutine and every frame stay small.
/// (Boxed on purpose: one word when empty, where a `Vec` takes three.)
#[derive(Debug)]
#[allow(clippy::box_collection)]
pub struct RareVec<T>(Option<Box<Vec<T>>>);

impl<T> Default for RareVec<T> {
    fn default() -> Self {
        RareVec(None)
    }
}

impl<T> RareVec<T> {
    pub fn push(&mut self, x: T) {
        match &mut self.0 {
            Some(v) => v.push(x),
            None => {
                self.0 = Some(Box::new(vec![x]));
            }
        }
    }
    pub fn pop(&mut self) -> Option<T> {
        self.0.as_mut()?.pop()
    }
    pub fn clear(&mut self) {
        self.0 = None;
    }
    pub fn into_vec(self) -> Vec<T> {
        self.0.map(|b| *b).unwrap_or_default()
    }
}

impl<T> From<Vec<T>> for RareVec<T> {
    fn from(v: Vec<T>) -> Self {
        RareVec(if v.is_empty() {
            None
        } else {
            Some(Box::new(v))
        })
    }
}

impl<T> std::ops::Deref for RareVec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0.as_deref().map_or(&[], |v| v.as_slice())
    }
}

impl<T> std::ops::DerefMut for RareVec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.0 {
            Some(v) => v.as_mut_slice(),
            None => &mut [],
        }
    }
}

/// Back-edges and calls between two calls of the scheduler's
/// `should_yield` (which keeps its own budget and then checks the clock):
/// small, so a spinning loop is preempted within the scheduler's slice.
pub(super) const BUDGET_CHECK: u32 = 16;

impl GoState {
    /// A goroutine about to call `f` (a func value) with `args`.
    pub fn new(world: Arc<World>, goid: u64) -> GoState {
        GoState {
            world,
            slots: Vec::new(),
            frames: Vec::new(),
            panics: RareVec::default(),
            boundary_results: RareVec::default(),
            goid,
            created_by: None,
        }
    }

    #[inline]
    pub(super) fn env<'a>(&'a mut self, prog: &'a Program, base: usize) -> Env<'a> {
        Env {
            slots: &mut self.slots[base..],
            prog,
        }
    }

    #[inline]
    fn advance(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            f.pc += 1;
        }
    }

    #[inline]
    fn jump(&mut self, to: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.pc = to;
        }
    }

    /// Executes one statement. `Ok(Some(stop))` leaves the loop.
    /// Inlined into the step loop, its one caller.
    #[inline(always)]
    pub(super) fn exec(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        instr: &Instr,
        base: usize,
        ticks: &mut u32,
    ) -> RtResult<Option<Stop>> {
        match instr {
            Instr::Set(p, e) => {
                let mut env = self.env(prog, base);
                let v = env.eval(e)?;
                match p {
                    Place::Local(s) => env.slots[*s as usize] = v,
                    p => env.store(p, v)?,
                }
                self.advance();
            }
            Instr::SetN(ps, es) => {
                // All right sides first (no allocation for up to 4), then the stores.
                let mut env = self.env(prog, base);
                if es.len() <= 4 {
                    let mut vals: [Value; 4] = Default::default();
                    for (slot, e) in vals.iter_mut().zip(es) {
                        *slot = env.eval(e)?;
                    }
                    for (p, v) in ps.iter().zip(vals) {
                        env.store(p, v)?;
                    }
                } else {
                    let mut vals = Vec::with_capacity(es.len());
                    for e in es {
                        vals.push(env.eval(e)?);
                    }
                    for (p, v) in ps.iter().zip(vals) {
                        env.store(p, v)?;
                    }
                }
                self.advance();
            }
            Instr::NewCell(s, e) => {
                let mut env = self.env(prog, base);
                let v = env.eval(e)?;
                env.slots[*s as usize] =
                    Value::Pointer(crate::value::Pointer::Cell(crate::value::Cell::new(v)));
                self.advance();
            }
            Instr::Eval(e) => {
                self.env(prog, base).eval(e)?;
                self.advance();
            }
            Instr::Jump(t) => {
                if *t as usize <= self.frames.last().map_or(0, |f| f.pc as usize) {
                    *ticks += 1;
                    if *ticks >= BUDGET_CHECK {
                        *ticks = 0;
                        if cx.should_yield() {
                            self.jump(*t);
                            return Ok(Some(Stop::Preempted));
                        }
                    }
                }
                self.jump(*t);
            }
            Instr::JumpIfNot(c, t) => {
                if self.env(prog, base).eval_bool(c)? {
                    self.advance();
                } else {
                    self.jump(*t);
                }
            }
            Instr::JumpIf(c, t) => {
                if self.env(prog, base).eval_bool(c)? {
                    self.jump(*t);
                } else {
                    self.advance();
                }
            }
            Instr::Call {
                callee,
                args,
                spread,
                dst,
            } => {
                *ticks += 1;
                if *ticks >= BUDGET_CHECK {
                    *ticks = 0;
                    if cx.should_yield() {
                        return Ok(Some(Stop::Preempted));
                    }
                }
                return self.call(prog, cx, callee, args, *spread, dst, base);
            }
            Instr::Return(es) => {
                if let [e] = &es[..] {
                    if self.fast_return(prog, e, base)? {
                        return Ok(None);
                    }
                }
                self.set_results(prog, es, base)?;
                self.begin_return();
            }
            Instr::End => self.begin_return(),
            Instr::Go {
                callee,
                args,
                spread,
            } => {
                let g = self.start_goroutine(prog, cx, callee, args, *spread, base)?;
                cx.spawn(g);
                self.advance();
            }
            Instr::Defer {
                callee,
                args,
                spread,
            } => {
                let d = self.make_deferred(prog, callee, args, *spread, base)?;
                if let Some(f) = self.frames.last_mut() {
                    f.defers.push(d);
                }
                self.advance();
            }
            Instr::RangeInit { kind, x, state } => {
                let seed = cx.rand_u64();
                let mut env = self.env(prog, base);
                let v = env.eval(x)?;
                let s = *state as usize;
                let (st, pos) = range_init(*kind, v, &seed);
                env.slots[s] = st;
                env.slots[s + 1] = pos;
                self.advance();
            }
            Instr::RangeNext {
                kind,
                state,
                key,
                val,
                exit,
            } => {
                if *kind == RangeKind::Chan {
                    let ch = self.slots[base + *state as usize].clone();
                    let (v, ok) = match cx.recv(&ch) {
                        Op::Ready(r) => r,
                        Op::Park => return Ok(Some(Stop::Park)),
                        Op::Panic(m) => return Err(RtErr::plain(m)),
                        Op::Fatal(m) => return Ok(Some(self.fatal(&m))),
                    };
                    if !ok {
                        self.jump(*exit);
                    } else {
                        self.env(prog, base).store(key, v)?;
                        self.advance();
                    }
                    return Ok(None);
                }
                let mut env = self.env(prog, base);
                match range_next(*kind, &mut env, *state as usize)? {
                    Some((k, v)) => {
                        env.store(key, k)?;
                        env.store(val, v)?;
                        self.advance();
                    }
                    None => self.jump(*exit),
                }
                *ticks += 1;
            }
            Instr::Recv { ch, dst, ok } => {
                let chv = self.env(prog, base).eval(ch)?;
                match cx.recv(&chv) {
                    Op::Ready((v, k)) => {
                        let mut env = self.env(prog, base);
                        env.store(dst, v)?;
                        env.store(ok, Value::Bool(k))?;
                        self.advance();
                    }
                    Op::Park => return Ok(Some(Stop::Park)),
                    Op::Panic(m) => return Err(RtErr::plain(m)),
                    Op::Fatal(m) => return Ok(Some(self.fatal(&m))),
                }
            }
            Instr::Send { ch, val } => {
                let mut env = self.env(prog, base);
                let chv = env.eval(ch)?;
                let v = env.eval(val)?;
                match cx.send(&chv, v) {
                    Op::Ready(()) => self.advance(),
                    Op::Park => return Ok(Some(Stop::Park)),
                    Op::Panic(m) => return Err(RtErr::plain(m)),
                    Op::Fatal(m) => return Ok(Some(self.fatal(&m))),
                }
            }
            Instr::Select {
                cases,
                has_default,
                chosen,
            } => {
                let mut env = self.env(prog, base);
                let mut evald = Vec::with_capacity(cases.len());
                for c in cases {
                    let ch = env.eval(&c.ch)?;
                    let v = match &c.send {
                        Some(e) => Some(env.eval(e)?),
                        None => None,
                    };
                    evald.push((ch, v));
                }
                match cx.select(&evald, *has_default) {
                    Op::Ready((idx, v, ok)) => {
                        let mut env = self.env(prog, base);
                        match idx {
                            Some(i) => {
                                env.slots[*chosen as usize] = Value::Int(i as i64);
                                if let Some(c) = cases.get(i) {
                                    if c.send.is_none() {
                                        env.store(&c.dst, v)?;
                                        env.store(&c.ok, Value::Bool(ok))?;
                                    }
                                }
                            }
                            None => env.slots[*chosen as usize] = Value::Int(-1),
                        }
                        self.advance();
                    }
                    Op::Park => return Ok(Some(Stop::Park)),
                    Op::Panic(m) => return Err(RtErr::plain(m)),
                    Op::Fatal(m) => return Ok(Some(self.fatal(&m))),
                }
            }
            Instr::Recover(p) => {
                let v = self.recover();
                self.env(prog, base).store(p, v)?;
                self.advance();
            }
            Instr::TypeSwitch { x, cases, dst } => {
                let mut env = self.env(prog, base);
                let v = env.eval(x)?;
                let mut found = -1i64;
                'outer: for (i, list) in cases.iter().enumerate() {
                    for t in list {
                        let m = match (t, &v) {
                            (None, Value::Iface(_)) => false,
                            (None, _) => true,
                            (Some((ty, true)), Value::Iface(i)) => {
                                prog.types.missing_method(i.ty, *ty).is_none()
                            }
                            (Some((ty, false)), Value::Iface(i)) => i.ty == *ty,
                            (Some(_), _) => false,
                        };
                        if m {
                            found = i as i64;
                            break 'outer;
                        }
                    }
                }
                env.slots[*dst as usize] = Value::Int(found);
                self.advance();
            }
        }
        Ok(None)
    }

    /// A fatal error ends the program: `fatal error: msg` + traceback.
    pub fn fatal(&mut self, msg: &str) -> Stop {
        let report = format!(
            "fatal error: {msg}\n\n{}",
            self.goroutine_header_trace("running")
        );
        Stop::Terminate(2, report)
    }

    /// Evaluates the arguments of a `go` statement and builds the goroutine.
    fn start_goroutine(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        callee: &Callee,
        args: &[Expr],
        spread: bool,
        base: usize,
    ) -> RtResult<GoState> {
        let d = self.make_deferred(prog, callee, args, spread, base)?;
        let mut g = GoState::new(self.world.clone(), 0);
        if let Some(f) = self.frames.last() {
            g.created_by = Some((f.func, f.pc, self.goid));
        }
        g.push_deferred_call(prog, cx, d, false)?;
        Ok(g)
    }
}

/// Sets up a range loop's hidden state: (state, position).
fn range_init(kind: RangeKind, v: Value, seed: &u64) -> (Value, Value) {
    match kind {
        RangeKind::Map => {
            let keys: Vec<Value> = match &v {
                Value::Map(m) => m.lock().entries.keys().map(|k| k.value.clone()).collect(),
                _ => Vec::new(),
            };
            // Go starts each map iteration at a random bucket: rotate.
            let n = keys.len();
            let start = if n > 0 { (*seed as usize) % n } else { 0 };
            let mut rotated = Vec::with_capacity(n + 1);
            rotated.push(v);
            rotated.extend(keys[start..].iter().cloned());
            rotated.extend(keys[..start].iter().cloned());
            (Value::Tuple(rotated.into()), Value::Int(0))
        }
        _ => (v, Value::Int(0)),
    }
}

/// One step of a range loop over a value: Some((key, value)) or None at the end.
fn range_next(kind: RangeKind, env: &mut Env, s: usize) -> RtResult<Option<(Value, Value)>> {
    let pos = env.slots[s + 1].as_int();
    let r = match kind {
        RangeKind::Int => {
            if pos < env.slots[s].as_int() {
                Some((Value::Int(pos), Value::Nil))
            } else {
                None
            }
        }
        RangeKind::Slice | RangeKind::Array => {
            let x = &env.slots[s];
            let x = match x {
                Value::Pointer(p) => p.load(),
                x => x.clone(),
            };
            let n = env.len(super::ir::SeqKind::Slice, &x);
            if pos < n {
                let v = match &x {
                    Value::Slice(sl) => sl.get(pos as usize),
                    Value::Array(a) => a[pos as usize].clone(),
                    _ => Value::Nil,
                };
                Some((Value::Int(pos), v))
            } else {
                None
            }
        }
        RangeKind::String => {
            let bytes = env.slots[s].as_bytes();
            if (pos as usize) < bytes.len() {
                let (r, w) = super::ops::decode_rune(&bytes[pos as usize..]);
                env.slots[s + 1] = Value::Int(pos + w as i64);
                return Ok(Some((Value::Int(pos), Value::Int(r as i64))));
            }
            None
        }
        RangeKind::Map => {
            let Value::Tuple(t) = &env.slots[s] else {
                return Ok(None);
            };
            let t = t.clone();
            let mut i = pos as usize + 1;
            let mut out = None;
            if let Value::Map(m) = &t[0] {
                let m = m.lock();
                while i < t.len() {
                    let k = &t[i];
                    i += 1;
                    // Entries deleted during the loop are not produced.
                    if let Some(v) = m.entries.get(&MapKey::new(k.clone())) {
                        out = Some((k.clone(), v.clone()));
                        break;
                    }
                }
            }
            env.slots[s + 1] = Value::Int(i as i64 - 1);
            return Ok(out);
        }
        RangeKind::Chan | RangeKind::Func => None,
    };
    env.slots[s + 1] = Value::Int(pos + 1);
    Ok(r)
}
