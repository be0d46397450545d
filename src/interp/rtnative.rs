//! Natives that need the scheduler itself: package sync's blocking
//! primitives, bound to the runtime's Mutex, RWMutex, WaitGroup and Cond.
//!
//! The library's natives only see a `Host`; these need `RunCx` operations
//! with the runtime's re-execution contract (a parked call is executed
//! again when the goroutine is woken, and the same runtime operation then
//! answers `Ready`), so the interpreter serves them. Each Go sync type has
//! an `impl any` first field; it lazily holds a `Value::Native` of the
//! runtime object, created under the lock of the struct's container so two
//! goroutines cannot create two.
//!
//! Lowering binds a bodyless std function to this table first (by the same
//! key format as the library's, `sync.Mutex.Lock`).

use super::exec::{GoState, Op, Sched};
use super::ops::RtErr;
use crate::runtime::{Cond, Mutex, RWMutex, WaitGroup};
use crate::value::{Pointer, Value};
use std::sync::Arc;

/// A scheduler operation of package sync.
pub enum SyncOp<'a> {
    Lock(&'a Mutex),
    TryLock(&'a Mutex),
    Unlock(&'a Mutex),
    RLock(&'a RWMutex),
    RUnlock(&'a RWMutex),
    WLock(&'a RWMutex),
    WUnlock(&'a RWMutex),
    TryRLock(&'a RWMutex),
    TryWLock(&'a RWMutex),
    WgAdd(&'a WaitGroup, i64),
    WgWait(&'a WaitGroup),
    CondWait(&'a Cond, &'a Mutex),
    CondSignal(&'a Cond),
    CondBroadcast(&'a Cond),
}

/// What a scheduler-level native produced.
pub enum RtOutcome {
    Return(Vec<Value>),
    Park,
    Err(Box<RtErr>),
}

type RtFn = fn(&mut GoState, &mut dyn Sched, &[Value]) -> RtOutcome;

const TABLE: &[(&str, RtFn)] = &[
    ("sync.Mutex.Lock", |_, cx, a| {
        with_mutex(a, |m| done(cx.sync(SyncOp::Lock(m))))
    }),
    ("sync.Mutex.TryLock", |_, cx, a| {
        with_mutex(a, |m| bool_of(cx.sync(SyncOp::TryLock(m))))
    }),
    ("sync.Mutex.Unlock", |_, cx, a| {
        with_mutex(a, |m| done(cx.sync(SyncOp::Unlock(m))))
    }),
    ("sync.RWMutex.Lock", |_, cx, a| {
        with_rw(a, |m| done(cx.sync(SyncOp::WLock(m))))
    }),
    ("sync.RWMutex.Unlock", |_, cx, a| {
        with_rw(a, |m| done(cx.sync(SyncOp::WUnlock(m))))
    }),
    ("sync.RWMutex.RLock", |_, cx, a| {
        with_rw(a, |m| done(cx.sync(SyncOp::RLock(m))))
    }),
    ("sync.RWMutex.RUnlock", |_, cx, a| {
        with_rw(a, |m| done(cx.sync(SyncOp::RUnlock(m))))
    }),
    ("sync.RWMutex.TryLock", |_, cx, a| {
        with_rw(a, |m| bool_of(cx.sync(SyncOp::TryWLock(m))))
    }),
    ("sync.RWMutex.TryRLock", |_, cx, a| {
        with_rw(a, |m| bool_of(cx.sync(SyncOp::TryRLock(m))))
    }),
    ("sync.WaitGroup.Add", |_, cx, a| {
        let d = a.get(1).map_or(0, Value::as_int);
        with_wg(a, |w| done(cx.sync(SyncOp::WgAdd(w, d))))
    }),
    ("sync.WaitGroup.Done", |_, cx, a| {
        with_wg(a, |w| done(cx.sync(SyncOp::WgAdd(w, -1))))
    }),
    ("sync.WaitGroup.Wait", |_, cx, a| {
        with_wg(a, |w| done(cx.sync(SyncOp::WgWait(w))))
    }),
    ("sync.Cond.Wait", cond_wait),
    ("sync.Cond.Signal", |_, cx, a| {
        with_cond(a, |c| done(cx.sync(SyncOp::CondSignal(c))))
    }),
    ("sync.Cond.Broadcast", |_, cx, a| {
        with_cond(a, |c| done(cx.sync(SyncOp::CondBroadcast(c))))
    }),
    ("sync.Once.Do", once_do),
];

/// The index of the scheduler-level native bound to `key`.
pub fn lookup(key: &str) -> Option<u32> {
    TABLE.iter().position(|(k, _)| *k == key).map(|i| i as u32)
}

/// Calls scheduler-level native `id`.
pub fn call(id: u32, g: &mut GoState, cx: &mut dyn Sched, args: &[Value]) -> RtOutcome {
    match TABLE.get(id as usize) {
        Some((_, f)) => f(g, cx, args),
        None => RtOutcome::Err(RtErr::plain("gorun: unknown scheduler native")),
    }
}

fn done(o: Op<bool>) -> RtOutcome {
    match o {
        Op::Ready(_) => RtOutcome::Return(Vec::new()),
        Op::Park => RtOutcome::Park,
        Op::Panic(m) => RtOutcome::Err(RtErr::plain(m)),
        Op::Fatal(m) => RtOutcome::Err(Box::new(RtErr::Fatal(m))),
    }
}

fn bool_of(o: Op<bool>) -> RtOutcome {
    match o {
        Op::Ready(b) => RtOutcome::Return(vec![Value::Bool(b)]),
        other => done(other),
    }
}

/// The runtime object in the `impl` field (field 0) of the struct `p`
/// points to, created on first use.
fn object<T: Default + Clone + Send + Sync + 'static>(p: &Pointer) -> T {
    p.project(0).update(|slot| {
        if let Value::Native(n) = slot {
            if let Some(t) = n.downcast_ref::<T>() {
                return t.clone();
            }
        }
        let t = T::default();
        *slot = Value::Native(Arc::new(t.clone()));
        t
    })
}

fn recv_ptr(a: &[Value]) -> Option<&Pointer> {
    match a.first() {
        Some(Value::Pointer(p)) => Some(p),
        _ => None,
    }
}

fn with_mutex(a: &[Value], f: impl FnOnce(&Mutex) -> RtOutcome) -> RtOutcome {
    match recv_ptr(a) {
        Some(p) => f(&object::<Mutex>(p)),
        None => RtOutcome::Err(RtErr::nil_deref()),
    }
}

fn with_rw(a: &[Value], f: impl FnOnce(&RWMutex) -> RtOutcome) -> RtOutcome {
    match recv_ptr(a) {
        Some(p) => f(&object::<RWMutex>(p)),
        None => RtOutcome::Err(RtErr::nil_deref()),
    }
}

fn with_wg(a: &[Value], f: impl FnOnce(&WaitGroup) -> RtOutcome) -> RtOutcome {
    match recv_ptr(a) {
        Some(p) => f(&object::<WaitGroup>(p)),
        None => RtOutcome::Err(RtErr::nil_deref()),
    }
}

/// `Cond` keeps its Locker in field 0 and its runtime object in field 1.
fn with_cond(a: &[Value], f: impl FnOnce(&Cond) -> RtOutcome) -> RtOutcome {
    match recv_ptr(a) {
        Some(p) => f(&cond_object(p)),
        None => RtOutcome::Err(RtErr::nil_deref()),
    }
}

fn cond_wait(_: &mut GoState, cx: &mut dyn Sched, a: &[Value]) -> RtOutcome {
    let Some(p) = recv_ptr(a) else {
        return RtOutcome::Err(RtErr::nil_deref());
    };
    let cond = cond_object(p);
    // c.L is an interface holding a *Mutex (the usual case).
    let locker = p.project(0).load();
    let mutex = match &locker {
        Value::Iface(i) => match &i.val {
            Value::Pointer(mp) => object::<Mutex>(mp),
            _ => return RtOutcome::Err(RtErr::nil_deref()),
        },
        _ => return RtOutcome::Err(RtErr::nil_deref()),
    };
    done(cx.sync(SyncOp::CondWait(&cond, &mutex)))
}

/// The runtime Cond in field 1 of a sync.Cond.
fn cond_object(p: &Pointer) -> Cond {
    p.project(1).update(|slot| {
        if let Value::Native(n) = slot {
            if let Some(c) = n.downcast_ref::<Cond>() {
                return c.clone();
            }
        }
        let c = Cond::default();
        *slot = Value::Native(Arc::new(c.clone()));
        c
    })
}

/// `Once.Do(f)`: `Once{m Mutex; done bool}`; f runs under m, once.
fn once_do(g: &mut GoState, cx: &mut dyn Sched, a: &[Value]) -> RtOutcome {
    let Some(p) = recv_ptr(a) else {
        return RtOutcome::Err(RtErr::nil_deref());
    };
    if p.project(1).load().as_bool() {
        return RtOutcome::Return(Vec::new());
    }
    let m = object::<Mutex>(&p.project(0));
    match cx.sync(SyncOp::Lock(&m)) {
        Op::Ready(_) => {}
        other => return done(other),
    }
    let mut result = RtOutcome::Return(Vec::new());
    if !p.project(1).load().as_bool() {
        // Mark done first: a panicking f counts as done, as in Go.
        p.project(1).store(Value::Bool(true));
        let f = a.get(1).cloned().unwrap_or_default();
        if let Err(v) = g.call_value_sync(cx, &f, Vec::new()) {
            result = RtOutcome::Err(Box::new(RtErr::Value(v)));
        }
    }
    let _ = cx.sync(SyncOp::Unlock(&m));
    result
}
