//! Natives of package sync: Mutex, RWMutex, WaitGroup and Cond on the
//! runtime's objects (which own the wait queues and name the wait reasons
//! shown in deadlock dumps).
//!
//! Each Go struct has one field `impl any` (field 0; Cond's is field 1,
//! after L) holding `Value::Native` of the runtime object, created on first
//! use under the lock of the variable's cell, so the zero value works and
//! concurrent first uses agree on one object.

use super::util::{arg, int, ret_bool};
use crate::library::abi::{panic_string, Host, NativeFn, Outcome};
use crate::runtime::{self, Cond, Mutex, Op, RWMutex, WaitGroup};
use crate::value::{Pointer, Value};
use std::any::Any;
use std::sync::Arc;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("sync.Mutex.Lock", |h, a| {
        with_obj(h, a, 0, |cx, m: &Mutex| op(cx.lock(m)))
    }),
    ("sync.Mutex.TryLock", |h, a| {
        with_obj(h, a, 0, |cx, m: &Mutex| ret_bool(cx.try_lock(m)))
    }),
    ("sync.Mutex.Unlock", |h, a| {
        with_obj(h, a, 0, |cx, m: &Mutex| fatal_on_err(cx.unlock(m)))
    }),
    ("sync.RWMutex.Lock", |h, a| {
        with_obj(h, a, 0, |cx, m: &RWMutex| op(cx.wlock(m)))
    }),
    ("sync.RWMutex.TryLock", |h, a| {
        with_obj(h, a, 0, |_, m: &RWMutex| ret_bool(m.try_lock()))
    }),
    ("sync.RWMutex.Unlock", |h, a| {
        with_obj(h, a, 0, |cx, m: &RWMutex| fatal_on_err(cx.wunlock(m)))
    }),
    ("sync.RWMutex.RLock", |h, a| {
        with_obj(h, a, 0, |cx, m: &RWMutex| op(cx.rlock(m)))
    }),
    ("sync.RWMutex.TryRLock", |h, a| {
        with_obj(h, a, 0, |_, m: &RWMutex| ret_bool(m.try_rlock()))
    }),
    ("sync.RWMutex.RUnlock", |h, a| {
        with_obj(h, a, 0, |cx, m: &RWMutex| fatal_on_err(cx.runlock(m)))
    }),
    ("sync.WaitGroup.Add", |h, a| {
        let delta = int(a, 1);
        with_obj(h, a, 0, move |cx, wg: &WaitGroup| {
            match cx.wg_add(wg, delta) {
                Ok(()) => Outcome::none(),
                Err(e) => panic_string(e.as_str()),
            }
        })
    }),
    ("sync.WaitGroup.Done", |h, a| {
        with_obj(h, a, 0, |cx, wg: &WaitGroup| match cx.wg_add(wg, -1) {
            Ok(()) => Outcome::none(),
            Err(e) => panic_string(e.as_str()),
        })
    }),
    ("sync.WaitGroup.Wait", |h, a| {
        with_obj(h, a, 0, |cx, wg: &WaitGroup| op(cx.wg_wait(wg)))
    }),
    ("sync.Cond.Wait", cond_wait),
    ("sync.Cond.Signal", |h, a| {
        with_obj(h, a, 1, |cx, c: &Cond| {
            cx.cond_signal(c);
            Outcome::none()
        })
    }),
    ("sync.Cond.Broadcast", |h, a| {
        with_obj(h, a, 1, |cx, c: &Cond| {
            cx.cond_broadcast(c);
            Outcome::none()
        })
    }),
];

fn nil_deref() -> Outcome {
    panic_string("runtime error: invalid memory address or nil pointer dereference")
}

/// A runtime operation's answer as a native outcome.
fn op(o: Op<()>) -> Outcome {
    match o {
        Op::Ready(()) => Outcome::none(),
        Op::Park => Outcome::parked(),
        Op::Panic(e) => panic_string(e.as_str()),
        Op::Fatal(e) => Outcome::fatal(e.as_str()),
    }
}

fn fatal_on_err(r: Result<(), runtime::RuntimeError>) -> Outcome {
    match r {
        Ok(()) => Outcome::none(),
        Err(e) => Outcome::fatal(e.as_str()),
    }
}

/// The runtime object in field `field` of `*p`, created on first use.
fn object<T: Any + Send + Sync + Clone + Default>(p: &Pointer, field: u32) -> Option<T> {
    let slot = p.project(field);
    let v = slot.update(|v| {
        if v.is_nil() {
            *v = Value::Native(Arc::new(T::default()));
        }
        v.clone()
    });
    match v {
        Value::Native(obj) => obj.downcast_ref::<T>().cloned(),
        _ => None,
    }
}

/// Runs `f` on the receiver's runtime object with the runtime context.
fn with_obj<T: Any + Send + Sync + Clone + Default>(
    host: &mut dyn Host,
    a: &[Value],
    field: u32,
    mut f: impl FnMut(&mut runtime::RunCx<'_>, &T) -> Outcome,
) -> Outcome {
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let Some(obj) = object::<T>(p, field) else {
        return panic_string("gorun: corrupted sync object");
    };
    host.with_runtime(&mut |cx| f(cx, &obj))
}

/// `c.Wait()`: c.L must be a *sync.Mutex (the runtime's notify list works
/// with its Mutex).
fn cond_wait(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let l = p.project(0).load();
    let Value::Iface(l) = l else {
        return nil_deref();
    };
    let Value::Pointer(mp) = &l.val else {
        return panic_string("gorun: sync.Cond.L must be a *sync.Mutex");
    };
    let is_mutex = host
        .types()
        .pointer_elem(crate::check::types::TypeId(l.ty.0))
        .and_then(|e| host.types().named(e))
        .is_some_and(|n| &*n.name == "Mutex" && n.pkg_path.as_deref() == Some("sync"));
    if !is_mutex {
        return panic_string("gorun: sync.Cond.L must be a *sync.Mutex");
    }
    let (Some(m), Some(c)) = (object::<Mutex>(mp, 0), object::<Cond>(p, 1)) else {
        return panic_string("gorun: corrupted sync object");
    };
    host.with_runtime(&mut |cx| op(cx.cond_wait(&c, &m)))
}
