//! Deferred calls, panics and recovery: how a frame leaves the stack.
//!
//! 1. `defer` and `go` evaluate callee and arguments at once into a
//!    [`Deferred`]; a frame's defers run last-in first-out when it returns
//!    or unwinds, each as a frame flagged `deferred`.
//! 2. After `return` ([`FrameMode::Return`]) [`GoState::unwind_step`] runs
//!    the frame's deferred calls one by one, then pops the frame and stores
//!    the results into the caller's `Call` places.
//! 3. A panic pushes a [`PanicRec`] (with the traceback at that point) and
//!    sets the top frame's mode to [`FrameMode::Panic`]: its deferred calls
//!    run, then the frame is popped and the next one continues unwinding.
//!    `recover()` in a deferred frame whose caller is unwinding marks the
//!    panic recovered; when that deferred call returns, the unwinding frame
//!    switches to `Return` and returns normally to its caller.
//! 4. Popping a `boundary` frame ends the nested run of Rust code that
//!    pushed it; a panic with no frames left ends the goroutine
//!    ([`Stop::Goexit`]) or the program.

use super::call::{FrameKind, FrameMode};
use super::eval::Env;
use super::exec::{GoState, Sched, Stop};
use super::host::NativeHost;
use super::ir::{BuiltinOp, Callee, Expr, Program};
use super::ops::{RtErr, RtResult};
use crate::library::abi::Outcome;
use crate::value::{Cell, Func, FuncId, Pointer, Value};
use std::sync::Arc;

/// A deferred call (or a `go` statement's call): callee and arguments
/// evaluated when the statement ran.
#[derive(Debug, Clone)]
pub enum Deferred {
    /// A function or method known statically (receiver first in `args`):
    /// no func value is allocated.
    Static {
        func: FuncId,
        args: Vec<Value>,
    },
    Call {
        func: Value,
        args: Vec<Value>,
    },
    Builtin(BuiltinOp, Vec<Value>),
}

/// A panic in flight.
#[derive(Debug)]
pub struct PanicRec {
    pub err: RtErr,
    pub recovered: bool,
    /// Traceback (frames) at the point of the panic.
    pub trace: String,
}

/// The result of one unwinding step.
pub enum Unwind {
    Continue,
    Stop(Stop),
}

impl GoState {
    /// Evaluates a `defer` or `go` statement's callee and arguments now.
    pub(super) fn make_deferred(
        &mut self,
        prog: &Program,
        callee: &Callee,
        args: &[Expr],
        _spread: bool,
        base: usize,
    ) -> RtResult<Deferred> {
        let mut env = Env {
            slots: &mut self.slots[base..],
            prog,
        };
        let func = match callee {
            Callee::Static(f) => {
                return Ok(Deferred::Static {
                    func: *f,
                    args: eval_all(&mut env, args)?,
                });
            }
            Callee::Value(e) => env.eval(e)?,
            Callee::Iface { recv, method } => {
                let r = env.eval(recv)?;
                let (f, rv) = env.dispatch(&r, method)?;
                Value::Func(Arc::new(Func::Bound { func: f, recv: rv }))
            }
            Callee::Builtin(op) => return Ok(Deferred::Builtin(*op, eval_all(&mut env, args)?)),
        };
        Ok(Deferred::Call {
            func,
            args: eval_all(&mut env, args)?,
        })
    }

    /// Starts a deferred (or goroutine entry) call as a new frame; natives
    /// and built-ins run at once.
    pub(super) fn push_deferred_call(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        d: Deferred,
        deferred: bool,
    ) -> RtResult<()> {
        match d {
            Deferred::Builtin(op, vals) => {
                self.builtin(cx, op, vals)?;
                Ok(())
            }
            Deferred::Static { func, args } => {
                self.push_call_frame(prog, cx, func, args, &[], deferred)
            }
            Deferred::Call { func, args } => {
                let Value::Func(fv) = func else {
                    return Err(RtErr::nil_deref());
                };
                let (f, recv, env): (FuncId, Option<Value>, &[Arc<Cell>]) = match &*fv {
                    Func::Closure { func, env } => (*func, None, env),
                    Func::Bound { func, recv } => (*func, Some(recv.clone()), &[]),
                    Func::Native { id, recv } => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.extend(recv.clone());
                        all.extend(args);
                        return match self.native_value_now(cx, *id, all) {
                            Err(v) => Err(Box::new(RtErr::Value(v))),
                            Ok(_) => Ok(()),
                        };
                    }
                };
                let all = match recv {
                    Some(r) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(r);
                        all.extend(args);
                        all
                    }
                    None => args,
                };
                self.push_call_frame(prog, cx, f, all, env, deferred)
            }
        }
    }

    /// Calls `f` with evaluated arguments as a deferred call or a
    /// goroutine's entry: a new frame, or a native run at once.
    fn push_call_frame(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        f: FuncId,
        all: Vec<Value>,
        env: &[Arc<Cell>],
        deferred: bool,
    ) -> RtResult<()> {
        let func = &prog.funcs[f as usize];
        if func.native.is_some() {
            let nf = func.native.flatten().and_then(crate::library::natives::get);
            if let Some(nf) = nf {
                // A deferred native (defer wg.Done(), defer mu.Unlock())
                // runs at once with the goroutine's scheduler.
                let mut host = NativeHost { g: self, cx };
                match nf(&mut host, &all) {
                    Outcome::Panic(v) => return Err(Box::new(RtErr::Value(v))),
                    Outcome::Goexit => return Err(Box::new(RtErr::Goexit)),
                    Outcome::Park(crate::library::abi::Park::Runtime(p)) => {
                        if let Ok(crate::library::abi::RuntimePark::Fatal(t)) =
                            p.downcast::<crate::library::abi::RuntimePark>().map(|b| *b)
                        {
                            return Err(Box::new(RtErr::Fatal(t.into())));
                        }
                    }
                    _ => {}
                }
            }
            return Ok(());
        }
        let nb = self.slots.len();
        if self.frames.is_empty() {
            // A goroutine's first frame: size its stacks exactly (a
            // parked goroutine should cost a few hundred bytes).
            self.slots.reserve_exact(func.nslots as usize);
            self.frames.reserve_exact(1);
        }
        self.slots
            .resize_with(nb + func.nslots as usize, Value::default);
        for (i, v) in all.into_iter().enumerate() {
            if let Some(s) = self.slots.get_mut(nb + i) {
                *s = v;
            }
        }
        self.push_frame(
            prog,
            f,
            nb,
            env,
            if deferred {
                FrameKind::Deferred
            } else {
                FrameKind::Entry
            },
        );
        Ok(())
    }

    pub(super) fn begin_return(&mut self) {
        if let Some(f) = self.frames.last_mut() {
            f.mode = FrameMode::Return;
        }
    }

    /// One step of a returning or panicking frame.
    pub(super) fn unwind_step(&mut self, prog: &Program, cx: &mut dyn Sched) -> Unwind {
        let Some(top) = self.frames.last_mut() else {
            return Unwind::Stop(Stop::Exit);
        };
        if let Some(d) = top.defers.pop() {
            if let Err(e) = self.push_deferred_call(prog, cx, d, true) {
                if let Some(s) = self.raise(*e) {
                    return Unwind::Stop(s);
                }
            }
            return Unwind::Continue;
        }
        let mode = top.mode;
        // Pop the frame. The fast path, a normal return to a `Call`
        // statement, moves the results straight into the caller's places
        // without an intermediate buffer.
        let Some(frame) = self.frames.pop() else {
            return Unwind::Stop(Stop::Exit);
        };
        let func = &prog.funcs[frame.func as usize];
        let base = frame.base as usize;
        let first_result = base + func.nparams as usize;
        if mode == FrameMode::Return && !frame.boundary && !frame.entry && !frame.deferred {
            if let Some(caller) = self.frames.last_mut() {
                if caller.mode == FrameMode::Run {
                    let (cf, cpc, cbase) = (caller.func, caller.pc, caller.base as usize);
                    caller.pc += 1;
                    let r = match prog.funcs[cf as usize].code.get(cpc as usize) {
                        Some(super::ir::Instr::Call { dst, .. }) => {
                            let (lo, hi) = self.slots.split_at_mut(base);
                            let mut env = Env {
                                slots: &mut lo[cbase..],
                                prog,
                            };
                            let n = func.results.len();
                            let take = |hi: &mut [Value], i: usize| {
                                let v = std::mem::take(&mut hi[first_result - base + i]);
                                match (func.result_cells.get(i), v) {
                                    (Some(true), Value::Pointer(Pointer::Cell(c))) => c.get(),
                                    (_, v) => v,
                                }
                            };
                            if dst.len() == 1 && n > 1 {
                                let t: Vec<Value> = (0..n).map(|i| take(hi, i)).collect();
                                env.store(&dst[0], Value::Tuple(t.into()))
                            } else {
                                dst.iter()
                                    .take(n)
                                    .enumerate()
                                    .try_for_each(|(i, p)| env.store(p, take(hi, i)))
                            }
                        }
                        _ => Ok(()),
                    };
                    crate::value::truncate_values(&mut self.slots, base);
                    if let Err(e) = r {
                        if let Some(s) = self.raise(*e) {
                            return Unwind::Stop(s);
                        }
                    }
                    return Unwind::Continue;
                }
            }
        }
        let results: Vec<Value> = if mode == FrameMode::Return && frame.boundary {
            (0..func.results.len())
                .map(|i| {
                    match (
                        func.result_cells.get(i),
                        std::mem::take(&mut self.slots[first_result + i]),
                    ) {
                        (Some(true), Value::Pointer(Pointer::Cell(c))) => c.get(),
                        (_, v) => v,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        crate::value::truncate_values(&mut self.slots, base);
        if mode == FrameMode::Panic {
            if frame.boundary {
                return Unwind::Stop(Stop::Panicked);
            }
            match self.frames.last_mut() {
                Some(next) => {
                    next.mode = FrameMode::Panic;
                    return Unwind::Continue;
                }
                None => return Unwind::Stop(self.die()),
            }
        }
        if frame.boundary {
            self.boundary_results = results.into();
            return Unwind::Stop(Stop::Exit);
        }
        let Some(caller) = self.frames.last_mut() else {
            return Unwind::Stop(Stop::Exit);
        };
        if frame.deferred
            && caller.mode == FrameMode::Panic
            && self.panics.last().is_some_and(|p| p.recovered)
        {
            self.panics.clear();
            caller.mode = FrameMode::Return;
        }
        Unwind::Continue
    }

    /// Starts unwinding for a panic (or Goexit). `Some` when the goroutine
    /// cannot continue at all.
    pub(super) fn raise(&mut self, err: RtErr) -> Option<Stop> {
        if let RtErr::Fatal(m) = &err {
            let m = m.clone();
            return Some(self.fatal(&m));
        }
        let trace = self.goroutine_header_trace("running");
        self.panics.push(PanicRec {
            err,
            recovered: false,
            trace,
        });
        match self.frames.last_mut() {
            Some(f) => {
                f.mode = FrameMode::Panic;
                None
            }
            None => Some(self.die()),
        }
    }

    /// `recover()`: the current panic's value if called directly by a
    /// deferred call of a panicking frame.
    pub(super) fn recover(&mut self) -> Value {
        let n = self.frames.len();
        if n < 2 || !self.frames[n - 1].deferred || self.frames[n - 2].mode != FrameMode::Panic {
            return Value::Nil;
        }
        let Some(p) = self.panics.last_mut() else {
            return Value::Nil;
        };
        if p.recovered {
            return Value::Nil;
        }
        let v = match &p.err {
            RtErr::Value(v) => v.clone(),
            RtErr::Error { msg, .. } => super::report::runtime_error_value(&self.world.prog, msg),
            RtErr::Goexit | RtErr::Fatal(_) => return Value::Nil,
        };
        p.recovered = true;
        v
    }

    /// The goroutine's frames are gone with a panic unrecovered: the
    /// program ends (or the goroutine, for Goexit).
    fn die(&mut self) -> Stop {
        if self.panics.iter().any(|p| matches!(p.err, RtErr::Goexit)) && self.panics.len() == 1 {
            self.panics.clear();
            return Stop::Goexit;
        }
        let report = super::report::panic_report(self);
        Stop::Terminate(2, report)
    }
}

/// Evaluates `args` left to right (a deferred call's arguments are
/// evaluated when the `defer` or `go` statement runs).
fn eval_all(env: &mut Env<'_>, args: &[Expr]) -> RtResult<Vec<Value>> {
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        vals.push(env.eval(a)?);
    }
    Ok(vals)
}
