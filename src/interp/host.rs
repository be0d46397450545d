//! Go code called back from Rust (fmt calling `String()`, sort's `Less`,
//! `Once.Do`'s f) and the [`Host`] the library's natives see.
//!
//! A callback runs on the calling goroutine's own frame stack above a
//! `boundary` frame, through the scheduler's `run_nested` (if it blocks, the
//! thread blocks and the runtime hands its P to another thread).

use super::eval::Env;
use super::exec::{GoState, Sched, Stop};
use super::ir::Program;
use super::unwind::Deferred;
use crate::library::abi::Host;
use crate::value::{Func, Value};
use std::sync::Arc;

impl GoState {
    /// Runs func value `f` with `args` to completion on this thread
    /// (a Go callback from Rust code).
    pub fn call_value_sync(
        &mut self,
        cx: &mut dyn Sched,
        f: &Value,
        args: Vec<Value>,
    ) -> Result<Vec<Value>, Value> {
        let world = self.world.clone();
        let prog: &Program = &world.prog;
        if let Value::Func(fv) = f {
            if let Func::Native { id, recv } = &**fv {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.extend(recv.clone());
                all.extend(args);
                return self.native_value_now(cx, *id, all);
            }
        }
        let depth = self.frames.len();
        if let Err(e) = self.push_deferred_call(
            prog,
            cx,
            Deferred::Call {
                func: f.clone(),
                args,
            },
            false,
        ) {
            return Err(super::report::panic_value(&world.prog, &e));
        }
        if self.frames.len() == depth {
            return Ok(Vec::new());
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.boundary = true;
        }
        let saved_panics = std::mem::take(&mut self.panics);
        let r = match cx.run_nested(self) {
            Stop::Exit => Ok(std::mem::take(&mut self.boundary_results).into_vec()),
            Stop::Panicked => {
                let v = self
                    .panics
                    .last()
                    .map(|p| super::report::panic_value(&world.prog, &p.err))
                    .unwrap_or_default();
                Err(v)
            }
            other => {
                self.frames.truncate(depth);
                Err(Value::iface(
                    crate::library::abi::string_type(),
                    Value::str(&format!(
                        "gorun: a Go callback called from library code ended with {other:?}"
                    )),
                ))
            }
        };
        self.frames.truncate(depth);
        if let Some(top) = self.frames.last() {
            let f = &prog.funcs[top.func as usize];
            self.slots.truncate(top.base as usize + f.nslots as usize);
        }
        self.panics = saved_panics;
        r
    }
}

/// The calling goroutine's view of the program, handed to natives.
pub struct NativeHost<'a> {
    pub g: &'a mut GoState,
    pub cx: &'a mut dyn Sched,
}

impl Host for NativeHost<'_> {
    fn types(&self) -> &crate::check::types::TypeTable {
        &self.g.world.prog.tt
    }
    fn has_method(&self, ty: crate::check::types::TypeId, name: &str) -> bool {
        self.g
            .world
            .prog
            .types
            .methods
            .contains_key(&(ty, name.into()))
    }
    fn call_method(
        &mut self,
        ty: crate::check::types::TypeId,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<Result<Vec<Value>, Value>> {
        let world = self.g.world.clone();
        let iv = match recv {
            Value::Iface(_) => recv.clone(),
            v => Value::iface(ty, v.clone()),
        };
        let env = Env {
            slots: &mut [],
            prog: &world.prog,
        };
        let (f, rv) = env.dispatch(&iv, &name.into()).ok()?;
        let fv = Value::Func(Arc::new(Func::Bound { func: f, recv: rv }));
        Some(self.g.call_value_sync(self.cx, &fv, args))
    }
    fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, Value> {
        self.g.call_value_sync(self.cx, f, args)
    }
    fn write(&mut self, fd: i32, bytes: &[u8]) -> usize {
        self.g.world.write(fd, bytes);
        bytes.len()
    }
    fn args(&self) -> Vec<String> {
        self.g.world.args.clone()
    }
    fn now_nanos(&self) -> i64 {
        self.cx.unix_nanos()
    }
    fn mono_nanos(&self) -> i64 {
        self.cx.now()
    }
    fn random_seed(&mut self) -> u64 {
        self.cx.rand_u64()
    }
    fn implements(
        &self,
        ty: crate::check::types::TypeId,
        iface: crate::check::types::TypeId,
    ) -> bool {
        self.g.world.prog.types.missing_method(ty, iface).is_none()
    }
    fn num_goroutine(&self) -> i64 {
        self.cx.num_goroutine()
    }
    fn with_runtime(
        &mut self,
        f: crate::library::abi::WithRuntime<'_>,
    ) -> crate::library::abi::Outcome {
        self.cx.with_runtime(f)
    }
    fn gomaxprocs(&mut self, n: i64) -> i64 {
        self.cx.gomaxprocs(n)
    }
}
