//! Natives that need the type table: package errors (comparability of
//! Is's target, As's target checks and assignment) and context's type
//! names in String forms.

use super::util::{arg, ret_bool};
use crate::library::abi::{dyn_type, panic_string, Host, NativeFn, Outcome};
use crate::value::{self, Value};

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("errors.comparable", comparable),
    ("errors.checkAsTarget", check_as_target),
    ("errors.assignTo", assign_to),
    ("context.typeName", |h, a| {
        let s = dyn_type(arg(a, 0)).map_or("<nil>".to_string(), |(t, _)| h.types().type_string(t));
        Outcome::one(Value::str(&s))
    }),
];

/// `comparable(target error) bool`: the dynamic type supports ==.
fn comparable(host: &mut dyn Host, a: &[Value]) -> Outcome {
    ret_bool(match dyn_type(arg(a, 0)) {
        Some((ty, _)) => host.types().comparable(ty),
        None => true,
    })
}

/// The element type of As's target, if the target is a non-nil pointer.
fn target_elem(host: &dyn Host, target: &Value) -> Option<crate::check::types::TypeId> {
    let (ty, v) = dyn_type(target)?;
    if v.is_nil() {
        return None;
    }
    host.types().pointer_elem(ty)
}

fn check_as_target(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let Some(elem) = target_elem(host, arg(a, 0)) else {
        return panic_string("errors: target must be a non-nil pointer");
    };
    let error = host.types().error;
    if !host.types().is_interface(elem) && !host.implements(elem, error) {
        return panic_string("errors: *target must be interface or implement error");
    }
    Outcome::none()
}

/// `assignTo(err error, target any) bool`: if err's dynamic type is
/// assignable to *target's type, store it there.
fn assign_to(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let (err, target) = (arg(a, 0), arg(a, 1));
    let (Some((ety, ev)), Some(elem)) = (dyn_type(err), target_elem(host, target)) else {
        return ret_bool(false);
    };
    let store = if host.types().is_interface(elem) {
        if !host.implements(ety, elem) {
            return ret_bool(false);
        }
        Value::iface(value::TypeId(ety.0), ev.clone())
    } else if ety == elem {
        ev.clone()
    } else {
        return ret_bool(false);
    };
    if let Some((_, Value::Pointer(p))) = dyn_type(target) {
        p.store(store);
    }
    ret_bool(true)
}
