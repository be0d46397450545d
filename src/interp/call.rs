//! Calls and returns (Lua's ldo.c to the step loop's lvm.c): entering
//! Go functions, built-ins and library natives, and storing results.
//!
//! Protocol, all on the heap frame stack:
//! 1. A call evaluates its arguments straight into the callee's slots (at
//!    the end of the slot stack), pushes a frame and continues the loop;
//!    the caller's pc stays on the `Call` statement.
//! 2. `return` stores the results into the result slots and sets the frame's
//!    mode to [`FrameMode::Return`]; the unwinding loop of [`super::unwind`]
//!    then runs the deferred calls and pops the frame, storing the results
//!    into the caller's `Call` places ([`GoState::fast_return`] skips all
//!    that for the common one-result, nothing-deferred case).
//! 3. A frame flagged `boundary` was pushed by Rust code running a Go
//!    callback to completion; popping it ends that nested run.
//!
//! Invariant: `slots.len() == top.base + top_func.nslots` between statements.

use super::eval::Env;
use super::exec::{Frame, GoState, Op, Sched, Stop};
use super::host::NativeHost;
use super::ir::{BuiltinOp, Callee, Expr, Place, Program};
use super::ops::{RtErr, RtResult};
use crate::library::abi::Outcome;
use crate::value::{Cell, Func, FuncId, Pointer, Value};
use std::sync::Arc;

/// Pushes a plain function's slots: `Nil` for the parameters, then its
/// tail. Out of line and small, so every value is stored directly into
/// the stack (see [`Env::eval_with`] on store forwarding).
#[inline(never)]
fn open_slots(slots: &mut Vec<Value>, func: &super::ir::Func) {
    let start = slots.len() + func.nparams as usize;
    slots.resize_with(
        start - func.nparams as usize + func.nslots as usize,
        Value::default,
    );
    for (s, z) in slots[start..].iter_mut().zip(func.tail.iter()) {
        match z {
            Value::Nil => {}
            Value::Int(n) => crate::value::store_slot(s, Value::Int(*n)),
            Value::Float(f) => crate::value::store_slot(s, Value::Float(*f)),
            v => crate::value::store_slot(s, v.clone()),
        }
    }
}

/// Pushes the frame of a plain call (out of line for the same reason as
/// [`open_slots`]: built in place, not copied from a temporary).
#[inline(never)]
fn push_plain_frame(frames: &mut Vec<Frame>, func: FuncId, base: u32, ret: u32) {
    frames.push(Frame {
        func,
        pc: 0,
        base,
        ret,
        defers: super::exec::RareVec::default(),
        mode: FrameMode::Run,
        deferred: false,
        entry: false,
        boundary: false,
    });
}

/// Re-exported for the session, which names deferred calls by this path.
pub use super::unwind::Deferred;

/// Go's 1 GB stack limit, emulated as a frame count (Go's frames for the
/// simple recursive functions tutorials write take about 100 bytes, so a
/// goroutine in Go overflows at about ten million frames; a million keeps
/// gorun's memory in check and leaves depth 100,000 comfortably working).
pub const MAX_FRAMES: usize = 1_000_000;

/// The same limit on the slot stack (16 M slots = 512 MiB of values), for
/// recursion through functions with many locals.
pub const MAX_SLOTS: usize = 16 << 20;

/// What a frame is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameMode {
    Run,
    /// Returning: running deferred calls, then popping.
    Return,
    /// Unwinding a panic: running deferred calls, then popping.
    Panic,
}

/// How a frame was entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// By a `Call` statement of the frame below (results go to its places).
    Call,
    /// As a deferred call of the frame below.
    Deferred,
    /// As the first function of a goroutine, or pushed by Rust code.
    Entry,
}

impl GoState {
    /// Moves the current frame past its statement.
    fn advance_pc(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            f.pc += 1;
        }
    }

    /// Executes a `Call` statement.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        callee: &Callee,
        args: &[Expr],
        _spread: bool,
        dst: &[Place],
        base: usize,
    ) -> RtResult<Option<Stop>> {
        match callee {
            Callee::Static(f) => self.enter(prog, cx, *f, None, &[], args, dst, base),
            Callee::Value(e) => {
                let fv = Env {
                    slots: &mut self.slots[base..],
                    prog,
                }
                .eval(e)?;
                match fv {
                    Value::Func(f) => match &*f {
                        Func::Closure { func, env } => {
                            self.enter(prog, cx, *func, None, env, args, dst, base)
                        }
                        Func::Bound { func, recv } => {
                            self.enter(prog, cx, *func, Some(recv.clone()), &[], args, dst, base)
                        }
                        Func::Native { id, recv } => {
                            // A func value made by the library (an iterator, a yield).
                            let mut vals = Vec::with_capacity(args.len() + 1);
                            vals.extend(recv.clone());
                            let mut env = Env {
                                slots: &mut self.slots[base..],
                                prog,
                            };
                            for a in args {
                                vals.push(env.eval(a)?);
                            }
                            match crate::library::natives::get(*id) {
                                Some(nf) => self.run_native(prog, cx, nf, vals, dst, base),
                                None => Err(RtErr::plain("gorun: unknown native func value")),
                            }
                        }
                    },
                    _ => Err(RtErr::nil_deref()),
                }
            }
            Callee::Iface { recv, method } => {
                let mut env = Env {
                    slots: &mut self.slots[base..],
                    prog,
                };
                let r = env.eval(recv)?;
                let (f, rv) = env.dispatch(&r, method)?;
                self.enter(prog, cx, f, Some(rv), &[], args, dst, base)
            }
            Callee::Builtin(op) => {
                let mut env = Env {
                    slots: &mut self.slots[base..],
                    prog,
                };
                let mut vals = Vec::with_capacity(args.len());
                for a in args {
                    vals.push(env.eval(a)?);
                }
                if let Some(stop) = self.builtin(cx, *op, vals)? {
                    return Ok(Some(stop));
                }
                self.advance_pc();
                Ok(None)
            }
        }
    }

    /// Runs a statement-like built-in.
    pub(super) fn builtin(
        &mut self,
        cx: &mut dyn Sched,
        op: BuiltinOp,
        vals: Vec<Value>,
    ) -> RtResult<Option<Stop>> {
        match op {
            BuiltinOp::Panic => {
                let v = vals.into_iter().next().unwrap_or_default();
                return Err(Box::new(RtErr::Value(v)));
            }
            BuiltinOp::Print | BuiltinOp::Println => {
                let mut out = Vec::new();
                for (i, v) in vals.iter().enumerate() {
                    if i > 0 && op == BuiltinOp::Println {
                        out.push(b' ');
                    }
                    super::report::print_builtin(&mut out, v, &self.world.prog);
                }
                if op == BuiltinOp::Println {
                    out.push(b'\n');
                }
                self.world.write(2, &out);
            }
            BuiltinOp::Delete => {
                if let (Some(Value::Map(m)), Some(k)) = (vals.first(), vals.get(1)) {
                    m.lock()
                        .entries
                        .remove(&crate::value::MapKey::new(k.clone()));
                }
            }
            BuiltinOp::Clear => match vals.first() {
                Some(Value::Map(m)) => m.lock().entries.clear(),
                Some(Value::Slice(s)) => {
                    let mut a = s.arr.lock();
                    for i in s.off..s.off + s.len {
                        let z = super::slices::zero_like(&a[i as usize]);
                        a[i as usize] = z;
                    }
                }
                _ => {}
            },
            BuiltinOp::Close => {
                let ch = vals.into_iter().next().unwrap_or_default();
                if ch.is_nil() {
                    return Err(RtErr::plain("close of nil channel"));
                }
                match cx.close(&ch) {
                    Op::Ready(()) | Op::Park => {}
                    Op::Panic(m) => return Err(RtErr::plain(m)),
                    Op::Fatal(m) => return Ok(Some(self.fatal(&m))),
                }
            }
        }
        Ok(None)
    }

    /// Calls Go function `f`: arguments into a new frame's slots.
    #[allow(clippy::too_many_arguments)]
    fn enter(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        f: FuncId,
        recv: Option<Value>,
        env: &[Arc<Cell>],
        args: &[Expr],
        dst: &[Place],
        base: usize,
    ) -> RtResult<Option<Stop>> {
        let func = &prog.funcs[f as usize];
        if func.native.is_some() {
            let mut vals = Vec::with_capacity(args.len() + 1);
            vals.extend(recv);
            let mut e = Env {
                slots: &mut self.slots[base..],
                prog,
            };
            for a in args {
                vals.push(e.eval(a)?);
            }
            return self.call_native(prog, cx, f, vals, dst, base);
        }
        if self.frames.len() >= MAX_FRAMES || self.slots.len() + func.nslots as usize > MAX_SLOTS {
            return Ok(Some(self.stack_overflow()));
        }
        // The callee's slots are pushed in place: receiver, arguments
        // (evaluated in the caller's window), then Nil up to `nslots`.
        let nb = self.slots.len();
        let end = nb + func.nslots as usize;
        self.slots.reserve(func.nslots as usize);
        if let Some(r) = recv {
            self.slots.push(r);
        }
        for a in args {
            let v = Env {
                slots: &mut self.slots[base..nb],
                prog,
            }
            .eval(a);
            match v {
                Ok(v) => self.slots.push(v),
                Err(err) => {
                    self.slots.truncate(nb);
                    return Err(err);
                }
            }
        }
        if self.slots.len() > end {
            self.slots.truncate(end);
        }
        while self.slots.len() < end {
            self.slots.push(Value::Nil);
        }
        self.push_frame(prog, f, nb, env, FrameKind::Call);
        Ok(None)
    }

    /// A `Call` of a plain function ([`super::ir::Func::plain`]): the
    /// frame's slots are pushed (arguments `Nil`, then
    /// [`super::ir::Func::tail`]), the arguments are evaluated straight
    /// into them, then the frame is pushed; a one-result call into a local
    /// records that local in [`Frame::ret`] for [`Self::return_plain`].
    /// Anything else takes [`Self::call`].
    #[inline(always)]
    pub(super) fn call_plain(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        f: FuncId,
        args: &[Expr],
        dst: &[Place],
        base: usize,
    ) -> RtResult<Option<Stop>> {
        let func = &prog.funcs[f as usize];
        if args.len() != func.nparams as usize {
            return self.call(prog, cx, &Callee::Static(f), args, false, dst, base);
        }
        let nb = self.slots.len();
        if self.frames.len() >= MAX_FRAMES || nb + func.nslots as usize > MAX_SLOTS {
            return Ok(Some(self.stack_overflow()));
        }
        open_slots(&mut self.slots, func);
        let (lo, hi) = self.slots.split_at_mut(nb);
        let mut env = Env {
            slots: &mut lo[base..],
            prog,
        };
        for (a, out) in args.iter().zip(hi.iter_mut()) {
            if let Err(err) = env.eval_to(a, out) {
                crate::value::truncate_values(&mut self.slots, nb);
                return Err(err);
            }
        }
        let ret = match dst {
            [Place::Local(s)] if func.results.len() == 1 => (base + *s as usize) as u32,
            _ => super::exec::NO_RET,
        };
        push_plain_frame(&mut self.frames, f, nb as u32, ret);
        Ok(None)
    }

    /// `return e` of a frame with a [`Frame::ret`] and nothing deferred:
    /// evaluates `e` (a panic there is the callee's) into the caller's
    /// local, then pops the frame.
    #[inline(always)]
    pub(super) fn return_plain(
        &mut self,
        prog: &Program,
        e: &Expr,
        ret: usize,
        base: usize,
    ) -> RtResult<()> {
        if ret >= base {
            return Err(RtErr::plain("gorun: bad return slot"));
        }
        let (lo, hi) = self.slots.split_at_mut(base);
        Env { slots: hi, prog }.eval_to(e, &mut lo[ret])?;
        self.frames.pop();
        crate::value::truncate_values(&mut self.slots, base);
        if let Some(caller) = self.frames.last_mut() {
            caller.pc += 1;
        }
        Ok(())
    }

    /// Pushes the frame of `f` whose parameters are already in
    /// `slots[nb..]`: results zeroed, escaping parameters boxed, captures
    /// copied.
    pub(super) fn push_frame(
        &mut self,
        prog: &Program,
        f: FuncId,
        nb: usize,
        env: &[Arc<Cell>],
        kind: FrameKind,
    ) {
        let func = &prog.funcs[f as usize];
        let hi = &mut self.slots[nb..];
        for (i, z) in func.results.iter().enumerate() {
            let s = func.nparams as usize + i;
            hi[s] = if func.result_cells.get(i).copied().unwrap_or(false) {
                Value::Pointer(Pointer::Cell(Cell::new(z.clone())))
            } else if let Value::Int(n) = z {
                Value::Int(*n)
            } else {
                z.clone()
            };
        }
        for &p in &func.param_cells {
            let v = std::mem::take(&mut hi[p as usize]);
            hi[p as usize] = Value::Pointer(Pointer::Cell(Cell::new(v)));
        }
        for (c, &s) in env.iter().zip(&func.capture_slots) {
            if let Some(s) = hi.get_mut(s as usize) {
                *s = Value::Pointer(Pointer::Cell(c.clone()));
            }
        }
        self.frames.push(Frame {
            func: f,
            pc: 0,
            base: nb as u32,
            ret: super::exec::NO_RET,
            defers: super::exec::RareVec::default(),
            mode: super::call::FrameMode::Run,
            deferred: kind == FrameKind::Deferred,
            entry: kind == FrameKind::Entry,
            boundary: false,
        });
    }

    /// Calls a library native with evaluated arguments.
    fn call_native(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        f: FuncId,
        args: Vec<Value>,
        dst: &[Place],
        base: usize,
    ) -> RtResult<Option<Stop>> {
        let func = &prog.funcs[f as usize];
        let Some(nf) = func.native.flatten().and_then(crate::library::natives::get) else {
            return Err(Box::new(RtErr::Value(Value::iface(
                crate::library::abi::string_type(),
                Value::str(&format!("gorun: {} is not implemented", func.name)),
            ))));
        };
        self.run_native(prog, cx, nf, args, dst, base)
    }

    /// Runs a library native and completes the `Call` statement with its
    /// outcome (results stored, panic raised, or the goroutine parked).
    fn run_native(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        nf: crate::library::abi::NativeFn,
        args: Vec<Value>,
        dst: &[Place],
        base: usize,
    ) -> RtResult<Option<Stop>> {
        let outcome = {
            let mut host = NativeHost { g: self, cx };
            nf(&mut host, &args)
        };
        match outcome {
            Outcome::Return(vals) => {
                let mut env = Env {
                    slots: &mut self.slots[base..],
                    prog,
                };
                if dst.len() == 1 && vals.len() > 1 {
                    env.store(&dst[0], Value::Tuple(vals.into()))?;
                } else {
                    for (p, v) in dst.iter().zip(vals) {
                        env.store(p, v)?;
                    }
                }
                self.advance_pc();
                Ok(None)
            }
            Outcome::Panic(v) => Err(Box::new(RtErr::Value(v))),
            // runtime.Gosched: the call is complete; yield the P.
            Outcome::Park(crate::library::abi::Park::Yield) => {
                self.advance_pc();
                Ok(Some(Stop::Gosched))
            }
            // A native that parked in the runtime (through `with_runtime`)
            // is called again when the goroutine is woken.
            Outcome::Park(crate::library::abi::Park::Runtime(payload)) => {
                match payload
                    .downcast::<crate::library::abi::RuntimePark>()
                    .map(|b| *b)
                {
                    Ok(crate::library::abi::RuntimePark::Parked) => Ok(Some(Stop::Park)),
                    Ok(crate::library::abi::RuntimePark::Fatal(text)) => Ok(Some(self.fatal(text))),
                    Err(_) => Err(RtErr::plain("gorun: unknown park request from a native")),
                }
            }
            // A parked native is called again when the goroutine is woken
            // (its work before parking must be side-effect free); the
            // scheduler then answers Ready.
            Outcome::Park(p) => match cx.park_native(p) {
                Op::Ready(()) => {
                    self.advance_pc();
                    Ok(None)
                }
                Op::Park => Ok(Some(Stop::Park)),
                Op::Panic(m) => Err(RtErr::plain(m)),
                Op::Fatal(m) => Ok(Some(self.fatal(&m))),
            },
            Outcome::Exit(code) => Ok(Some(Stop::Terminate(code, String::new()))),
            Outcome::Goexit => Err(Box::new(RtErr::Goexit)),
        }
    }

    /// Calls a library-made func value (`Func::Native`) to completion:
    /// its results, or the panic value. A park request cannot be honoured
    /// here and is reported as a panic.
    pub(super) fn native_value_now(
        &mut self,
        cx: &mut dyn Sched,
        id: u32,
        args: Vec<Value>,
    ) -> Result<Vec<Value>, Value> {
        let Some(nf) = crate::library::natives::get(id) else {
            return Err(Value::iface(
                crate::library::abi::string_type(),
                Value::str("gorun: unknown native func value"),
            ));
        };
        let mut host = NativeHost { g: self, cx };
        match nf(&mut host, &args) {
            Outcome::Return(v) => Ok(v),
            Outcome::Panic(v) => Err(v),
            _ => Err(Value::iface(
                crate::library::abi::string_type(),
                Value::str("gorun: a library func value blocked where it cannot"),
            )),
        }
    }

    /// Stores `return` operands into the result slots.
    pub(super) fn set_results(&mut self, prog: &Program, es: &[Expr], base: usize) -> RtResult<()> {
        if es.is_empty() {
            return Ok(());
        }
        let Some(top) = self.frames.last() else {
            return Ok(());
        };
        let func = &prog.funcs[top.func as usize];
        let np = func.nparams as usize;
        let mut env = Env {
            slots: &mut self.slots[base..],
            prog,
        };
        let place = |i: usize| {
            if func.result_cells.get(i).copied().unwrap_or(false) {
                Place::Cell((np + i) as u32)
            } else {
                Place::Local((np + i) as u32)
            }
        };
        if es.len() == 1 {
            // One operand: a single result (no buffer) or a tuple-valued call.
            let v = env.eval(&es[0])?;
            if let (true, Value::Tuple(t)) = (func.results.len() > 1, &v) {
                for (i, x) in t.iter().enumerate() {
                    env.store(&place(i), x.clone())?;
                }
                return Ok(());
            }
            return env.store(&place(0), v);
        }
        // Several: evaluate all first (they may read named results).
        let mut vals = Vec::with_capacity(es.len());
        for e in es {
            vals.push(env.eval(e)?);
        }
        for (i, v) in vals.into_iter().enumerate() {
            env.store(&place(i), v)?;
        }
        Ok(())
    }

    /// `return e` of a frame entered by a `Call` statement, with one
    /// result and nothing deferred: the value goes straight into the
    /// caller's destination and the frame is popped at once, without the
    /// round trip through the result slot and [`Self::unwind_step`].
    /// `Ok(false)`: not that case, the general path must run (nothing done).
    pub(super) fn fast_return(&mut self, prog: &Program, e: &Expr, base: usize) -> RtResult<bool> {
        let n = self.frames.len();
        if n < 2 {
            return Ok(false);
        }
        let top = &self.frames[n - 1];
        if !top.defers.is_empty() || top.boundary || top.entry || top.deferred {
            return Ok(false);
        }
        let func = &prog.funcs[top.func as usize];
        if func.results.len() != 1 || func.result_cells.first().copied().unwrap_or(false) {
            return Ok(false);
        }
        let caller = &self.frames[n - 2];
        if caller.mode != FrameMode::Run {
            return Ok(false);
        }
        let Some(super::ir::Instr::Call { dst, .. }) = prog.funcs[caller.func as usize]
            .code
            .get(caller.pc as usize)
        else {
            return Ok(false);
        };
        if dst.len() > 1 {
            return Ok(false);
        }
        let cbase = caller.base as usize;
        // Evaluated while the callee's frame still stands (a panic here
        // is the callee's).
        let v = Env {
            slots: &mut self.slots[base..],
            prog,
        }
        .eval(e)?;
        self.frames.pop();
        crate::value::truncate_values(&mut self.slots, base);
        if let Some(caller) = self.frames.last_mut() {
            caller.pc += 1;
        }
        match dst.first() {
            Some(Place::Local(s)) => self.slots[cbase + *s as usize] = v,
            Some(p) => Env {
                slots: &mut self.slots[cbase..],
                prog,
            }
            .store(p, v)?,
            None => {}
        }
        Ok(true)
    }

    pub(super) fn stack_overflow(&mut self) -> Stop {
        let report = format!(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc020160388 stack=[0xc020160000, 0xc040160000]\nfatal error: stack overflow\n\nruntime stack:\n\n{}",
            self.goroutine_header_trace("running")
        );
        Stop::Terminate(2, report)
    }
}
