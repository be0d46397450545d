//! Natives of package sync/atomic: each operation runs under the lock of
//! the cell (or backing array) the pointer points into, so operations on
//! one variable are atomic with respect to each other.

use super::util::{arg, int, ret_bool, ret_int};
use crate::library::abi::{panic_string, Host, NativeFn, Outcome};
use crate::value::{wrap_int, Value};

/// Integer widths: (bits, signed).
const I32: (u8, bool) = (32, true);
const I64: (u8, bool) = (64, true);
const U32: (u8, bool) = (32, false);
const U64: (u8, bool) = (64, false);

macro_rules! ops {
    ($($suffix:literal => $w:expr),*) => {
        &[
            $(
                (concat!("sync/atomic.Add", $suffix), |_: &mut dyn Host, a: &[Value]| {
                    update(a, $w, |old, d| old.wrapping_add(d), true)
                }),
                (concat!("sync/atomic.Load", $suffix), |_: &mut dyn Host, a: &[Value]| {
                    update(a, $w, |old, _| old, false)
                }),
                (concat!("sync/atomic.Store", $suffix), |_: &mut dyn Host, a: &[Value]| {
                    match update(a, $w, |_, v| v, true) {
                        Outcome::Return(_) => Outcome::none(),
                        other => other,
                    }
                }),
                (concat!("sync/atomic.Swap", $suffix), |_: &mut dyn Host, a: &[Value]| {
                    update(a, $w, |_, v| v, false)
                }),
                (concat!("sync/atomic.CompareAndSwap", $suffix), |_: &mut dyn Host, a: &[Value]| {
                    cas(a, $w)
                }),
            )*
        ]
    };
}

pub const NATIVES: &[(&str, NativeFn)] = ops!(
    "Int32" => I32, "Int64" => I64, "Uint32" => U32, "Uint64" => U64, "Uintptr" => U64
);

pub const BITWISE: &[(&str, NativeFn)] = &[
    ("sync/atomic.AndInt32", |_, a| {
        update(a, I32, |o, m| o & m, false)
    }),
    ("sync/atomic.AndInt64", |_, a| {
        update(a, I64, |o, m| o & m, false)
    }),
    ("sync/atomic.AndUint32", |_, a| {
        update(a, U32, |o, m| o & m, false)
    }),
    ("sync/atomic.AndUint64", |_, a| {
        update(a, U64, |o, m| o & m, false)
    }),
    ("sync/atomic.OrInt32", |_, a| {
        update(a, I32, |o, m| o | m, false)
    }),
    ("sync/atomic.OrInt64", |_, a| {
        update(a, I64, |o, m| o | m, false)
    }),
    ("sync/atomic.OrUint32", |_, a| {
        update(a, U32, |o, m| o | m, false)
    }),
    ("sync/atomic.OrUint64", |_, a| {
        update(a, U64, |o, m| o | m, false)
    }),
    ("sync/atomic.Value.Load", |_, a| {
        value_op(a, |slot, _| slot.clone())
    }),
    ("sync/atomic.Value.Store", value_store),
    ("sync/atomic.Value.Swap", |_, a| {
        value_op(a, |slot, new| std::mem::replace(slot, new.clone()))
    }),
    ("sync/atomic.Value.CompareAndSwap", |_, a| {
        let (old, new) = (arg(a, 1).clone(), arg(a, 2).clone());
        let Value::Pointer(p) = arg(a, 0) else {
            return nil_deref();
        };
        // The Value's one field holds the stored interface.
        let field = p.project(0);
        ret_bool(field.update(|slot| {
            if slot.go_eq(&old) {
                *slot = new;
                true
            } else {
                false
            }
        }))
    }),
];

fn nil_deref() -> Outcome {
    panic_string("runtime error: invalid memory address or nil pointer dereference")
}

/// Applies `f(old, operand)` to `*addr`; returns the new value when
/// `ret_new`, else the old one.
fn update(
    a: &[Value],
    (bits, signed): (u8, bool),
    f: fn(i64, i64) -> i64,
    ret_new: bool,
) -> Outcome {
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let operand = int(a, 1);
    let (old, new) = p.update(|slot| {
        let old = slot.as_int();
        let new = wrap_int(f(old, operand), bits, signed);
        *slot = Value::Int(new);
        (old, new)
    });
    ret_int(if ret_new { new } else { old })
}

fn cas(a: &[Value], (bits, signed): (u8, bool)) -> Outcome {
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let (old, new) = (int(a, 1), wrap_int(int(a, 2), bits, signed));
    ret_bool(p.update(|slot| {
        if slot.as_int() == old {
            *slot = Value::Int(new);
            true
        } else {
            false
        }
    }))
}

/// An operation on atomic.Value's field `v any` through the receiver.
fn value_op(a: &[Value], f: impl FnOnce(&mut Value, &Value) -> Value) -> Outcome {
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let new = arg(a, 1).clone();
    Outcome::one(p.project(0).update(|slot| f(slot, &new)))
}

fn value_store(_: &mut dyn Host, a: &[Value]) -> Outcome {
    if arg(a, 1).is_nil() {
        return panic_string("sync/atomic: store of nil value into Value");
    }
    let Value::Pointer(p) = arg(a, 0) else {
        return nil_deref();
    };
    let new = arg(a, 1).clone();
    let mismatch = p.project(0).update(|slot| {
        if let (Value::Iface(old), Value::Iface(n)) = (&*slot, &new) {
            if old.ty != n.ty {
                return true;
            }
        }
        *slot = new;
        false
    });
    if mismatch {
        return panic_string("sync/atomic: store of inconsistently typed value into Value");
    }
    Outcome::none()
}
