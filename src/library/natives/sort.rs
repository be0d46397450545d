//! Natives of package sort: length and element swap of any slice (Go's
//! reflectlite.Swapper), for sort.Slice and sort.SliceStable.

use super::util::{arg, int, ret_int};
use crate::check::types::TypeKind;
use crate::library::abi::{dyn_type, panic_string, Host, NativeFn, Outcome};
use crate::value::Value;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("sort.sliceLen", slice_len),
    ("sort.sliceSwap", slice_swap),
    ("sort.Ints", sort_ordered),
    ("sort.Float64s", sort_ordered),
    ("sort.Strings", sort_ordered),
];

/// Sorts a slice of ints, float64s or strings in place (Go's order: NaNs
/// first; equal elements are indistinguishable, so stability is moot).
fn sort_ordered(_: &mut dyn Host, a: &[Value]) -> Outcome {
    if let Value::Slice(s) = arg(a, 0) {
        let mut g = s.arr.lock();
        let (lo, hi) = (s.off as usize, (s.off + s.len) as usize);
        if let Some(w) = g.get_mut(lo..hi) {
            w.sort_by(super::slices::compare);
        }
    }
    Outcome::none()
}

/// The slice inside `x any`, or Go's panic for a non-slice.
fn slice_of<'a>(host: &dyn Host, x: &'a Value) -> Result<Option<&'a crate::value::Slice>, Outcome> {
    let Some((ty, v)) = dyn_type(x) else {
        return Err(panic_string("reflect: call of Swapper on zero Value"));
    };
    if !matches!(host.types().under(ty), TypeKind::Slice(_)) {
        let kind = host.types().type_string(host.types().underlying(ty));
        let kind = kind
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_string();
        return Err(panic_string(&format!(
            "reflect: call of Swapper on {kind} Value"
        )));
    }
    Ok(match v {
        Value::Slice(s) => Some(s),
        _ => None,
    })
}

fn slice_len(host: &mut dyn Host, a: &[Value]) -> Outcome {
    match slice_of(host, arg(a, 0)) {
        Ok(s) => ret_int(s.map_or(0, |s| s.len as i64)),
        Err(o) => o,
    }
}

fn slice_swap(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let s = match slice_of(host, arg(a, 0)) {
        Ok(Some(s)) => s,
        Ok(None) => return Outcome::none(),
        Err(o) => return o,
    };
    let (i, j) = (int(a, 1), int(a, 2));
    let len = s.len as i64;
    for k in [i, j] {
        if k < 0 || k >= len {
            return panic_string(&format!(
                "runtime error: index out of range [{k}] with length {len}"
            ));
        }
    }
    let (i, j) = (s.off as usize + i as usize, s.off as usize + j as usize);
    s.arr.lock().swap(i, j);
    Outcome::none()
}
