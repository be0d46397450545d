//! The step loop: [`GoState::run`] and the hot statements of the running
//! frame (Lua's `luaV_execute`).
//!
//! What it is: the loop that moves a goroutine forward. The outer loop
//! finds the top frame (or unwinds one that is returning or panicking);
//! [`GoState::run_frame`] then executes that frame's statements with its
//! code, slot base and pc in locals, and writes the pc back to the frame
//! only when it leaves: a call, a return, a stop, a panic, or a statement
//! handled by the general [`GoState::exec`].
//!
//! Guarantees: the frame's pc is saved whenever control leaves
//! `run_frame` (tracebacks and the general protocol read it), so the fast
//! statements behave exactly as the general ones; no Rust recursion per
//! Go call (a call pushes a frame and returns to the outer loop).
//!
//! How it fits: statements not handled here go to `exec`; calls of plain
//! functions and their `return e` take [`GoState::call_plain`] and
//! [`GoState::return_plain`] (in `call`), all others the general protocol.

use super::call::FrameMode;
use super::exec::{GoState, Sched, Stop, BUDGET_CHECK, NO_RET};
use super::ir::{Callee, Expr, Instr, Place, Program};
use super::ops::RtResult;
use super::unwind::Unwind;

/// `?` for [`GoState::run_frame`]: saves the pc before propagating.
macro_rules! tri {
    ($g:ident, $pc:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $g.save_pc($pc);
                return Err(e);
            }
        }
    };
}

impl GoState {
    /// Runs until the goroutine blocks, yields or ends.
    pub fn run(&mut self, cx: &mut dyn Sched) -> Stop {
        let world = self.world.clone();
        let prog: &Program = &world.prog;
        self.goid = cx.goid();
        let mut ticks = 0u32;
        loop {
            let Some(top) = self.frames.last() else {
                return Stop::Exit;
            };
            if top.mode != FrameMode::Run {
                match self.unwind_step(prog, cx) {
                    Unwind::Continue => continue,
                    Unwind::Stop(s) => return s,
                }
            }
            let (fi, pc, base) = (top.func as usize, top.pc as usize, top.base as usize);
            let code = &prog.funcs[fi].code;
            match self.run_frame(prog, cx, code, base, pc, &mut ticks) {
                Ok(None) => {}
                Ok(Some(stop)) => return stop,
                Err(e) => {
                    if let Some(stop) = self.raise(*e) {
                        return stop;
                    }
                }
            }
        }
    }

    #[inline]
    fn save_pc(&mut self, pc: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc as u32;
        }
    }

    /// Executes the top frame's statements from `pc` until control leaves
    /// the frame; the frame's pc is saved on every way out.
    #[inline(always)]
    fn run_frame(
        &mut self,
        prog: &Program,
        cx: &mut dyn Sched,
        code: &[Instr],
        base: usize,
        mut pc: usize,
        ticks: &mut u32,
    ) -> RtResult<Option<Stop>> {
        loop {
            let Some(instr) = code.get(pc) else {
                // Falling off the end: an implicit return.
                self.save_pc(pc);
                self.begin_return();
                return Ok(None);
            };
            match instr {
                Instr::Set(Place::Local(s), e) => {
                    let s = *s as usize;
                    tri!(self, pc, self.env(prog, base).eval_to_local(e, s));
                    pc += 1;
                }
                Instr::Set(p, e) => {
                    let mut env = self.env(prog, base);
                    let v = tri!(self, pc, env.eval(e));
                    tri!(self, pc, env.store(p, v));
                    pc += 1;
                }
                Instr::JumpIfNot(c, t) => {
                    let b = match c {
                        Expr::LocalLtConst(s, k) => self.slots[base + *s as usize].as_int() < *k,
                        c => tri!(self, pc, self.env(prog, base).eval_bool(c)),
                    };
                    pc = if b { pc + 1 } else { *t as usize };
                }
                Instr::JumpIf(c, t) => {
                    let b = tri!(self, pc, self.env(prog, base).eval_bool(c));
                    pc = if b { *t as usize } else { pc + 1 };
                }
                Instr::Jump(t) => {
                    let t = *t as usize;
                    if t <= pc {
                        // A back-edge: the preemption budget.
                        *ticks += 1;
                        if *ticks >= BUDGET_CHECK {
                            *ticks = 0;
                            if cx.should_yield() {
                                self.save_pc(t);
                                return Ok(Some(Stop::Preempted));
                            }
                        }
                    }
                    pc = t;
                }
                Instr::Call {
                    callee: Callee::Static(f),
                    args,
                    dst,
                    ..
                } if prog.funcs[*f as usize].plain => {
                    self.save_pc(pc);
                    *ticks += 1;
                    if *ticks >= BUDGET_CHECK {
                        *ticks = 0;
                        if cx.should_yield() {
                            return Ok(Some(Stop::Preempted));
                        }
                    }
                    return self.call_plain(prog, cx, *f, args, dst, base);
                }
                Instr::Return(es) if es.len() == 1 => {
                    let ret = match self.frames.last() {
                        Some(top) if top.defers.is_empty() => top.ret,
                        _ => NO_RET,
                    };
                    if ret == NO_RET {
                        self.save_pc(pc);
                        return self.exec(prog, cx, instr, base, ticks);
                    }
                    tri!(
                        self,
                        pc,
                        self.return_plain(prog, &es[0], ret as usize, base)
                    );
                    return Ok(None);
                }
                _ => {
                    self.save_pc(pc);
                    return self.exec(prog, cx, instr, base, ticks);
                }
            }
        }
    }
}
