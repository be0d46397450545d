//! Natives of the generic packages slices and maps. gorun has no
//! generics: the checker types calls of these functions from their
//! arguments (as built-ins) and the interpreter binds them here by key
//! (`"slices.Sort"`). Arguments and results are plain Go values: a slice
//! is `Value::Slice` (or `Nil`), a map `Value::Map`, a func a func value.
//!
//! Ordering (Sort, Max, Min, BinarySearch) follows cmp.Compare on the
//! value's representation: integers as signed 64-bit (unsigned values above
//! MaxInt64 are out of scope), floats with NaN first, strings bytewise.
//! Sort and SortFunc use Go's pdqsort (see [`crate::library::pdqsort`]) so
//! equal elements end where Go leaves them.

use super::util::{arg, elems, int, new_slice, ret_bool, ret_int};
use crate::library::abi::{panic_string, GoPanic, Host, NativeFn, Outcome};
use crate::library::pdqsort::{self, Data};
use crate::value::{GoMap, MapKey, Slice, Value};
use parking_lot::Mutex;
use std::cmp::Ordering;
use std::sync::Arc;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("slices.Sort", sort),
    ("slices.SortFunc", |h, a| sort_func(h, a, false)),
    ("slices.SortStableFunc", |h, a| sort_func(h, a, true)),
    ("slices.IsSorted", |_, a| {
        let v = elems(arg(a, 0));
        ret_bool(
            v.windows(2)
                .all(|p| compare(&p[0], &p[1]) != Ordering::Greater),
        )
    }),
    ("slices.Contains", |_, a| ret_bool(index(a) >= 0)),
    ("slices.Index", |_, a| ret_int(index(a))),
    ("slices.ContainsFunc", |h, a| match index_func(h, a) {
        Ok(i) => ret_bool(i >= 0),
        Err(p) => Outcome::Panic(p),
    }),
    ("slices.IndexFunc", |h, a| match index_func(h, a) {
        Ok(i) => ret_int(i),
        Err(p) => Outcome::Panic(p),
    }),
    ("slices.Reverse", |_, a| {
        if let Value::Slice(s) = arg(a, 0) {
            let mut g = s.arr.lock();
            let (lo, hi) = (s.off as usize, (s.off + s.len) as usize);
            if hi <= g.len() {
                g[lo..hi].reverse();
            }
        }
        Outcome::none()
    }),
    ("slices.Max", |_, a| {
        extreme(a, Ordering::Greater, "slices.Max: empty list")
    }),
    ("slices.Min", |_, a| {
        extreme(a, Ordering::Less, "slices.Min: empty list")
    }),
    ("slices.BinarySearch", binary_search),
    ("slices.Equal", |_, a| {
        let (x, y) = (elems(arg(a, 0)), elems(arg(a, 1)));
        ret_bool(x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| p.go_eq(q)))
    }),
    ("slices.Clone", |_, a| match arg(a, 0) {
        Value::Nil => Outcome::one(Value::Nil),
        v => Outcome::one(new_slice(elems(v))),
    }),
    ("slices.Insert", insert),
    ("slices.Delete", delete),
    ("slices.Compact", compact),
    ("slices.Sorted", sorted),
    ("slices.collect", collect),
    ("maps.Clone", |_, a| match arg(a, 0) {
        Value::Map(m) => {
            // MapKey's hash never changes: keys are immutable values.
            #[allow(clippy::mutable_key_type)]
            let entries = m.lock().entries.clone();
            Outcome::one(Value::Map(Arc::new(Mutex::new(GoMap { entries }))))
        }
        _ => Outcome::one(Value::Nil),
    }),
    ("maps.Equal", |_, a| {
        let (x, y) = (map_entries(arg(a, 0)), map_entries(arg(a, 1)));
        ret_bool(
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.iter().any(|(k2, v2)| k.go_eq(k2) && v.go_eq(v2))),
        )
    }),
    ("maps.Copy", |_, a| {
        if let (Value::Map(dst), src) = (arg(a, 0), map_entries(arg(a, 1))) {
            let mut d = dst.lock();
            for (k, v) in src {
                d.entries.insert(MapKey::new(k), v);
            }
        }
        Outcome::none()
    }),
    ("maps.DeleteFunc", delete_func),
    ("maps.Keys", |_, a| seq("maps.keysSeq", arg(a, 0))),
    ("maps.Values", |_, a| seq("maps.valuesSeq", arg(a, 0))),
    ("maps.keysSeq", |h, a| yield_all(h, a, true)),
    ("maps.valuesSeq", |h, a| yield_all(h, a, false)),
];

/// cmp.Compare on gorun's value representation.
pub fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        },
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        _ => a.as_int().cmp(&b.as_int()),
    }
}

/// A slice's elements with a comparison that may run Go code.
struct Elems<'h, F: FnMut(&mut dyn Host, &Value, &Value) -> Result<bool, GoPanic>> {
    v: Vec<Value>,
    host: &'h mut dyn Host,
    less: F,
}

impl<F: FnMut(&mut dyn Host, &Value, &Value) -> Result<bool, GoPanic>> Data for Elems<'_, F> {
    type Err = GoPanic;
    fn less(&mut self, i: usize, j: usize) -> Result<bool, GoPanic> {
        (self.less)(self.host, &self.v[i], &self.v[j])
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }
}

/// Writes `v` back into the slice's window.
fn store(s: &Slice, v: Vec<Value>) {
    let mut g = s.arr.lock();
    let off = s.off as usize;
    for (i, x) in v.into_iter().enumerate() {
        if let Some(slot) = g.get_mut(off + i) {
            *slot = x;
        }
    }
}

fn sort(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let Value::Slice(s) = arg(a, 0) else {
        return Outcome::none();
    };
    let mut d = Elems {
        v: s.to_vec(),
        host,
        less: |_: &mut dyn Host, x: &Value, y: &Value| Ok(compare(x, y) == Ordering::Less),
    };
    let n = d.v.len();
    let _ = pdqsort::sort(&mut d, n);
    store(s, d.v);
    Outcome::none()
}

fn sort_func(host: &mut dyn Host, a: &[Value], stable: bool) -> Outcome {
    let Value::Slice(s) = arg(a, 0) else {
        return Outcome::none();
    };
    let cmp = arg(a, 1).clone();
    let mut d = Elems {
        v: s.to_vec(),
        host,
        less: move |h: &mut dyn Host, x: &Value, y: &Value| {
            let r = h.call(&cmp, vec![x.clone(), y.clone()])?;
            Ok(r.first().map_or(0, Value::as_int) < 0)
        },
    };
    let n = d.v.len();
    let r = if stable {
        pdqsort::stable(&mut d, n)
    } else {
        pdqsort::sort(&mut d, n)
    };
    store(s, d.v);
    match r {
        Ok(()) => Outcome::none(),
        Err(p) => Outcome::Panic(p),
    }
}

fn index(a: &[Value]) -> i64 {
    let v = arg(a, 1);
    elems(arg(a, 0))
        .iter()
        .position(|e| e.go_eq(v))
        .map_or(-1, |i| i as i64)
}

fn index_func(host: &mut dyn Host, a: &[Value]) -> Result<i64, GoPanic> {
    let f = arg(a, 1).clone();
    for (i, e) in elems(arg(a, 0)).into_iter().enumerate() {
        if host.call(&f, vec![e])?.first().is_some_and(Value::as_bool) {
            return Ok(i as i64);
        }
    }
    Ok(-1)
}

/// Max or Min: a NaN wins (as Go's), else the first extreme element.
fn extreme(a: &[Value], want: Ordering, empty: &str) -> Outcome {
    let v = elems(arg(a, 0));
    let Some(mut best) = v.first().cloned() else {
        return panic_string(empty);
    };
    for e in &v[1..] {
        if matches!(e, Value::Float(f) if f.is_nan()) {
            return Outcome::one(e.clone());
        }
        if matches!(best, Value::Float(f) if f.is_nan()) {
            break;
        }
        if compare(e, &best) == want {
            best = e.clone();
        }
    }
    Outcome::one(best)
}

fn binary_search(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let v = elems(arg(a, 0));
    let target = arg(a, 1);
    let i = v.partition_point(|e| compare(e, target) == Ordering::Less);
    let found = i < v.len() && compare(&v[i], target) == Ordering::Equal;
    Outcome::Return(vec![Value::Int(i as i64), Value::Bool(found)])
}

fn bounds_panic(lo: i64, hi: i64) -> Outcome {
    panic_string(&format!(
        "runtime error: slice bounds out of range [{lo}:{hi}]"
    ))
}

/// `Insert(s, i, v...)`: a new slice (gorun does not reuse spare capacity).
fn insert(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let mut v = elems(arg(a, 0));
    let i = int(a, 1);
    if i < 0 || i as usize > v.len() {
        return bounds_panic(i, v.len() as i64);
    }
    let ins = elems(arg(a, 2));
    if ins.is_empty() {
        return Outcome::one(arg(a, 0).clone());
    }
    let at = i as usize;
    v.splice(at..at, ins);
    Outcome::one(new_slice(v))
}

/// The zero value of a value's type, judged from the value's shape.
fn zero_like(v: &Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Str(_) => Value::str(""),
        Value::Struct(f) => Value::Struct(Arc::new(f.iter().map(zero_like).collect())),
        Value::Array(f) => Value::Array(Arc::new(f.iter().map(zero_like).collect())),
        _ => Value::Nil,
    }
}

/// `Delete(s, i, j)`: removes s[i:j] in place, zeroes the vacated tail.
fn delete(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let (i, j) = (int(a, 1), int(a, 2));
    let Value::Slice(s) = arg(a, 0) else {
        if i == 0 && j == 0 {
            return Outcome::one(Value::Nil);
        }
        return bounds_panic(i, j);
    };
    let n = s.len as i64;
    if j > n || i > j || i < 0 {
        return if j > n {
            panic_string(&format!(
                "runtime error: slice bounds out of range [:{j}] with capacity {n}"
            ))
        } else {
            bounds_panic(i, j)
        };
    }
    if i == j {
        return Outcome::one(arg(a, 0).clone());
    }
    let mut v = s.to_vec();
    v.drain(i as usize..j as usize);
    let kept = v.len();
    let zero = v
        .first()
        .map(zero_like)
        .unwrap_or_else(|| zero_like(&s.get(0)));
    v.resize(n as usize, zero);
    store(s, v);
    Outcome::one(Value::Slice(Slice {
        arr: s.arr.clone(),
        off: s.off,
        len: kept as u32,
        cap: s.cap,
    }))
}

/// `Compact(s)`: drops consecutive duplicates in place.
fn compact(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let Value::Slice(s) = arg(a, 0) else {
        return Outcome::one(arg(a, 0).clone());
    };
    let mut v = s.to_vec();
    let n = v.len();
    v.dedup_by(|x, y| x.go_eq(y));
    let kept = v.len();
    if let Some(z) = v.first().map(zero_like) {
        v.resize(n, z);
    }
    store(s, v);
    Outcome::one(Value::Slice(Slice {
        arr: s.arr.clone(),
        off: s.off,
        len: kept as u32,
        cap: s.cap,
    }))
}

fn map_entries(v: &Value) -> Vec<(Value, Value)> {
    match v {
        Value::Map(m) => m
            .lock()
            .entries
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn delete_func(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let Value::Map(m) = arg(a, 0) else {
        return Outcome::none();
    };
    let f = arg(a, 1).clone();
    for (k, v) in map_entries(arg(a, 0)) {
        match host.call(&f, vec![k.clone(), v]) {
            Ok(r) if r.first().is_some_and(Value::as_bool) => {
                m.lock().entries.remove(&MapKey::new(k));
            }
            Ok(_) => {}
            Err(p) => return Outcome::Panic(p),
        }
    }
    Outcome::none()
}

/// An iterator func value (`iter.Seq`) bound to `recv`, served by native
/// `key`.
fn seq(key: &str, recv: &Value) -> Outcome {
    match super::lookup(key) {
        Some(id) => Outcome::one(Value::Func(Arc::new(crate::value::Func::Native {
            id,
            recv: Some(recv.clone()),
        }))),
        None => panic_string("gorun: iterator native missing"),
    }
}

/// The body of maps.Keys / maps.Values: `func(yield func(T) bool)`.
fn yield_all(host: &mut dyn Host, a: &[Value], keys: bool) -> Outcome {
    let yield_ = arg(a, 1).clone();
    for (k, v) in map_entries(arg(a, 0)) {
        match host.call(&yield_, vec![if keys { k } else { v }]) {
            Ok(r) if !r.first().is_some_and(Value::as_bool) => break,
            Ok(_) => {}
            Err(p) => return Outcome::Panic(p),
        }
    }
    Outcome::none()
}

/// The yield func of slices.Sorted / slices.Collect: appends to the
/// accumulator it is bound to.
fn collect(_: &mut dyn Host, a: &[Value]) -> Outcome {
    if let Value::Native(acc) = arg(a, 0) {
        if let Some(acc) = acc.downcast_ref::<Mutex<Vec<Value>>>() {
            acc.lock().push(arg(a, 1).clone());
        }
    }
    ret_bool(true)
}

/// `Sorted(seq)`: collects the sequence, sorts it.
fn sorted(host: &mut dyn Host, a: &[Value]) -> Outcome {
    let acc: Arc<Mutex<Vec<Value>>> = Arc::new(Mutex::new(Vec::new()));
    let Some(id) = super::lookup("slices.collect") else {
        return panic_string("gorun: iterator native missing");
    };
    let yield_ = Value::Func(Arc::new(crate::value::Func::Native {
        id,
        recv: Some(Value::Native(acc.clone())),
    }));
    if let Err(p) = host.call(arg(a, 0), vec![yield_]) {
        return Outcome::Panic(p);
    }
    let v = std::mem::take(&mut *acc.lock());
    let s = new_slice(v);
    sort(host, std::slice::from_ref(&s));
    Outcome::one(s)
}
