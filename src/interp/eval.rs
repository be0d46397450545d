//! Expression evaluation and assignment to places.
//!
//! What it guarantees: evaluating an [`Expr`] never blocks, never runs Go
//! code and never changes control flow (lowering put the expression in
//! A-normal form); the only way out is a Go run-time panic ([`RtErr`]).
//! Typed fast paths ([`Env::eval_int`], [`Env::eval_bool`]) return bare
//! `i64`/`bool` for the hot arithmetic and conditions.
//!
//! How it fits: the step loop (exec) owns the goroutine's slot stack and
//! hands the current frame's window to an [`Env`] for each statement.

use super::ir::{Expr, NumKind, Program, SeqKind};
use super::ops::{self, rt, RtErr, RtResult};
use crate::syntax::ast::BinOp;
use crate::value::{Cell, Func, MapKey, Pointer, Slice, Value};
use std::sync::Arc;

/// The evaluation context of one statement: the current frame's slots.
pub struct Env<'a> {
    pub slots: &'a mut [Value],
    pub prog: &'a Program,
}

pub(super) fn cell_of(v: &Value) -> Option<&Arc<Cell>> {
    match v {
        Value::Pointer(Pointer::Cell(c)) => Some(c),
        _ => None,
    }
}

pub(super) fn bounds(i: i64, len: usize) -> RtResult<usize> {
    if i < 0 || i as u64 >= len as u64 {
        return rt(format!("index out of range [{i}] with length {len}"));
    }
    Ok(i as usize)
}

/// Go's checks for `x[lo:hi:max]` against `len` and `cap`; returns (lo, hi, max).
fn slice_bounds(
    lo: Option<i64>,
    hi: Option<i64>,
    max: Option<i64>,
    len: usize,
    cap: usize,
    is_string: bool,
) -> RtResult<(usize, usize, usize)> {
    let capname = if is_string { "length" } else { "capacity" };
    let (l, c) = (len as i64, cap as i64);
    if let Some(m) = max {
        if m < 0 || m > c {
            return rt(format!(
                "slice bounds out of range [::{m}] with capacity {c}"
            ));
        }
        let h = hi.unwrap_or(l);
        if h < 0 || h > m {
            return rt(format!("slice bounds out of range [:{h}:{m}]"));
        }
        let lo = lo.unwrap_or(0);
        if lo < 0 || lo > h {
            return rt(format!("slice bounds out of range [{lo}:{h}:]"));
        }
        return Ok((lo as usize, h as usize, m as usize));
    }
    let limit = if is_string { l } else { c };
    let h = match hi {
        Some(h) => {
            if h < 0 || h > limit {
                return rt(format!(
                    "slice bounds out of range [:{h}] with {capname} {limit}"
                ));
            }
            h
        }
        None => l,
    };
    let lo = lo.unwrap_or(0);
    if lo < 0 || lo > h {
        if hi.is_none() && lo > h {
            return rt(format!("slice bounds out of range [{lo}:{h}]"));
        }
        return rt(format!("slice bounds out of range [{lo}:{h}]"));
    }
    Ok((lo as usize, h as usize, c as usize))
}

/// The largest `make([]T, n)` gorun attempts (2^28 elements, 8 GiB of
/// values): beyond it Go would die of memory exhaustion; gorun panics with
/// Go's makeslice message instead of aborting.
const MAX_MAKE: i64 = 1 << 28;

/// Element `i` of `x` (a string's byte, a slice's or array's element)
/// passed to `f` where it lies; Go's index panics otherwise.
#[inline]
fn with_elem<R>(kind: SeqKind, x: &Value, i: i64, f: impl FnOnce(&Value) -> R) -> RtResult<R> {
    match (kind, x) {
        (_, Value::Str(s)) => Ok(f(&Value::Int(s[bounds(i, s.len())?] as i64))),
        (_, Value::Slice(s)) => {
            let i = bounds(i, s.len as usize)?;
            let a = s.arr.lock();
            Ok(f(&a[s.off as usize + i]))
        }
        (_, Value::Array(a)) => Ok(f(&a[bounds(i, a.len())?])),
        (SeqKind::Slice, Value::Nil) => rt(format!("index out of range [{i}] with length 0")),
        (SeqKind::String, _) => rt(format!("index out of range [{i}] with length 0")),
        _ => Err(RtErr::nil_deref()),
    }
}

/// Evaluates `$e` in `$env` and stores it into `$dst` (a `&mut Value`
/// place evaluated after the value), numbers built right in the store: a `Value` that went through a
/// temporary in memory is read back with wider loads than it was written
/// with, which stalls store forwarding (the call path's biggest cost once
/// measured). Each arm stores its own way into `$dst` (a number into a
/// slot holding one rewrites the payload only), so that the compiler
/// cannot merge the stores into one copy from a temporary.
macro_rules! eval_then {
    ($env:ident, $e:expr, $dst:expr) => {
        match $e {
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if !ops::is_cmp(*op) => {
                let a = $env.int_leaf(x)?;
                let b = $env.int_leaf(y)?;
                let n = ops::int_arith(*op, a, b, *bits, *signed)?;
                crate::value::store_int($dst, n)
            }
            e @ Expr::Binary(
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Quo,
                NumKind::F64,
                _,
                _,
            ) => {
                let f = $env.eval_float(e)?;
                crate::value::store_float($dst, f)
            }
            Expr::Local(s) => match &$env.slots[*s as usize] {
                Value::Int(n) => {
                    let n = *n;
                    crate::value::store_int($dst, n)
                }
                Value::Float(f) => {
                    let f = *f;
                    crate::value::store_float($dst, f)
                }
                v => {
                    let v = v.clone();
                    crate::value::store_slot($dst, v)
                }
            },
            Expr::Const(Value::Int(n)) => crate::value::store_int($dst, *n),
            e => {
                let v = $env.eval_any(e)?;
                crate::value::store_slot($dst, v)
            }
        }
    };
}

/// The expression under an `ArraySnap` (indexing and `len` need no copy).
fn unsnap(e: &Expr) -> &Expr {
    match e {
        Expr::ArraySnap(x) => x,
        e => e,
    }
}

impl Env<'_> {
    /// [`Self::eval_int`] with locals and constants read right here: the
    /// operands of arithmetic and indexing, without a call (and the
    /// recursive `eval_int`'s prologue) for the common leaf.
    #[inline(always)]
    fn int_leaf(&mut self, e: &Expr) -> RtResult<i64> {
        match e {
            Expr::Local(s) => Ok(self.slots[*s as usize].as_int()),
            Expr::Const(Value::Int(i)) => Ok(*i),
            _ => self.eval_int(e),
        }
    }

    /// [`Self::eval_float`]'s counterpart of [`Self::int_leaf`].
    #[inline(always)]
    fn float_leaf(&mut self, e: &Expr) -> RtResult<f64> {
        match e {
            Expr::Local(s) => Ok(self.slots[*s as usize].as_float()),
            _ => self.eval_float(e),
        }
    }

    /// Evaluates an int-typed expression to its bit pattern.
    #[inline]
    pub fn eval_int(&mut self, e: &Expr) -> RtResult<i64> {
        match e {
            Expr::Const(Value::Int(i)) => Ok(*i),
            Expr::Local(s) => Ok(self.slots[*s as usize].as_int()),
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if !ops::is_cmp(*op) => {
                let a = self.int_leaf(x)?;
                let b = self.int_leaf(y)?;
                ops::int_arith(*op, a, b, *bits, *signed)
            }
            Expr::Index(kind, x, i) => self.index_with(*kind, unsnap(x), i, Value::as_int),
            _ => Ok(self.eval(e)?.as_int()),
        }
    }

    /// Evaluates a bool-typed expression.
    #[inline]
    pub fn eval_bool(&mut self, e: &Expr) -> RtResult<bool> {
        match e {
            Expr::LocalLtConst(s, c) => Ok(self.slots[*s as usize].as_int() < *c),
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if ops::is_cmp(*op) => {
                let a = self.int_leaf(x)?;
                let b = self.int_leaf(y)?;
                Ok(ops::int_cmp(*op, a, b, *bits, *signed))
            }
            Expr::Not(x) => Ok(!self.eval_bool(x)?),
            Expr::AndAnd(x, y) => Ok(self.eval_bool(x)? && self.eval_bool(y)?),
            Expr::OrOr(x, y) => Ok(self.eval_bool(x)? || self.eval_bool(y)?),
            Expr::Local(s) => Ok(self.slots[*s as usize].as_bool()),
            _ => Ok(self.eval(e)?.as_bool()),
        }
    }

    fn opt_int(&mut self, e: &Option<Box<Expr>>) -> RtResult<Option<i64>> {
        match e {
            Some(e) => Ok(Some(self.eval_int(e)?)),
            None => Ok(None),
        }
    }

    /// Evaluates `e` into `*out` (outside this window).
    #[inline(always)]
    pub fn eval_to(&mut self, e: &Expr, out: &mut Value) -> RtResult<()> {
        eval_then!(self, e, out);
        Ok(())
    }

    /// Evaluates `e` into local `s` of this window.
    #[inline(always)]
    pub fn eval_to_local(&mut self, e: &Expr, s: usize) -> RtResult<()> {
        eval_then!(self, e, &mut self.slots[s]);
        Ok(())
    }

    /// Evaluates any expression. Locals and int arithmetic are handled
    /// inline at the call site, so their value stays in registers (a
    /// `Value` returned from an out-of-line call goes through memory and
    /// stalls the reader); everything else goes to [`Self::eval_any`].
    #[inline(always)]
    pub fn eval(&mut self, e: &Expr) -> RtResult<Value> {
        match e {
            Expr::Local(s) => Ok(match &self.slots[*s as usize] {
                Value::Int(i) => Value::Int(*i),
                v => v.clone(),
            }),
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if !ops::is_cmp(*op) => {
                let a = self.int_leaf(x)?;
                let b = self.int_leaf(y)?;
                Ok(Value::Int(ops::int_arith(*op, a, b, *bits, *signed)?))
            }
            Expr::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Quo, NumKind::F64, _, _) => {
                Ok(Value::Float(self.eval_float(e)?))
            }
            _ => self.eval_any(e),
        }
    }

    /// Evaluates a float64-typed expression (arithmetic on bare `f64`).
    #[inline]
    pub fn eval_float(&mut self, e: &Expr) -> RtResult<f64> {
        match e {
            Expr::Local(s) => Ok(self.slots[*s as usize].as_float()),
            Expr::Binary(op, NumKind::F64, x, y)
                if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Quo) =>
            {
                let a = self.float_leaf(x)?;
                let b = self.float_leaf(y)?;
                Ok(match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mul => a * b,
                    _ => a / b,
                })
            }
            Expr::Index(kind, x, i) => self.index_with(*kind, unsnap(x), i, Value::as_float),
            _ => Ok(self.eval_any(e)?.as_float()),
        }
    }

    /// [`Self::eval`]'s general case.
    #[inline(never)]
    pub fn eval_any(&mut self, e: &Expr) -> RtResult<Value> {
        Ok(match e {
            Expr::Const(v) => v.clone(),
            Expr::Local(s) => self.slots[*s as usize].clone(),
            Expr::CellGet(s) => match cell_of(&self.slots[*s as usize]) {
                Some(c) => c.get(),
                None => Value::Nil,
            },
            Expr::Global(g) => self.prog.globals[*g as usize].get(),
            Expr::LocalLtConst(..) | Expr::Not(_) | Expr::AndAnd(..) | Expr::OrOr(..) => {
                Value::Bool(self.eval_bool(e)?)
            }
            Expr::Neg(k, x) => {
                let v = self.eval(x)?;
                ops::neg(*k, &v)
            }
            Expr::BitNot(NumKind::Int { bits, signed }, x) => {
                Value::Int(crate::value::wrap_int(!self.eval_int(x)?, *bits, *signed))
            }
            Expr::BitNot(_, x) => self.eval(x)?,
            Expr::Binary(op, k, x, y) => {
                if let NumKind::Int { bits, signed } = k {
                    let a = self.eval_int(x)?;
                    let b = self.eval_int(y)?;
                    let r = ops::int_binop(*op, a, b, *bits, *signed)?;
                    return Ok(if ops::is_cmp(*op) {
                        Value::Bool(r != 0)
                    } else {
                        Value::Int(r)
                    });
                }
                let a = self.eval(x)?;
                let b = self.eval(y)?;
                ops::binop(*op, *k, &a, &b)?
            }
            Expr::Eq { neg, x, y } => {
                let a = self.eval(x)?;
                let b = self.eval(y)?;
                self.check_comparable(&a)?;
                Value::Bool(a.go_eq(&b) != *neg)
            }
            Expr::Field(x, i) => match self.eval(x)? {
                Value::Struct(f) => f.get(*i as usize).cloned().unwrap_or_default(),
                _ => Value::Nil,
            },
            Expr::Deref(x) => match self.eval(x)? {
                Value::Pointer(p) => p.load(),
                _ => return Err(RtErr::nil_deref()),
            },
            Expr::Index(kind, x, i) => {
                self.index_with(*kind, unsnap(x), i, crate::value::copy_value)?
            }
            Expr::MapIndex {
                m,
                k,
                zero,
                comma_ok,
            } => {
                let mv = self.eval(m)?;
                let kv = self.eval(k)?;
                let found = match &mv {
                    Value::Map(m) => {
                        self.check_comparable(&kv)?;
                        m.lock().entries.get(&MapKey::new(kv)).cloned()
                    }
                    _ => None,
                };
                if *comma_ok {
                    let ok = found.is_some();
                    Value::Tuple(Arc::new([
                        found.unwrap_or_else(|| zero.clone()),
                        Value::Bool(ok),
                    ]))
                } else {
                    found.unwrap_or_else(|| zero.clone())
                }
            }
            Expr::SliceOf {
                kind,
                x,
                lo,
                hi,
                max,
            } => {
                let xv = self.eval(x)?;
                let lo = self.opt_int(lo)?;
                let hi = self.opt_int(hi)?;
                let max = self.opt_int(max)?;
                self.slice_of(*kind, xv, lo, hi, max)?
            }
            Expr::Len(kind, x) => {
                let v = self.eval(unsnap(x))?;
                Value::Int(self.len(*kind, &v))
            }
            Expr::Cap(kind, x) => {
                let v = self.eval(x)?;
                Value::Int(match (kind, &v) {
                    (_, Value::Slice(s)) => s.cap as i64,
                    (_, Value::Array(a)) => a.len() as i64,
                    (SeqKind::Chan, v) => super::chan::cap(v),
                    _ => 0,
                })
            }
            Expr::Convert(k, x) => {
                let v = self.eval(x)?;
                ops::convert(*k, v)
            }
            Expr::MakeIface(t, x) => {
                let v = self.eval(x)?;
                match v {
                    Value::Iface(_) => v,
                    v => Value::iface(*t, v),
                }
            }
            Expr::TypeAssert {
                x,
                ty,
                iface,
                src,
                comma_ok,
                zero,
            } => {
                let v = self.eval(x)?;
                self.type_assert(v, *ty, *iface, *src, *comma_ok, zero)?
            }
            Expr::StructLit(fs) => {
                let mut out = Vec::with_capacity(fs.len());
                for f in fs {
                    out.push(self.eval(f)?);
                }
                Value::Struct(Arc::new(out))
            }
            Expr::ArrayLit { len, zero, elems } => {
                Value::Array(Arc::new(self.seq_lit(*len, zero, elems)?))
            }
            Expr::SliceLit { len, zero, elems } => {
                Value::Slice(Slice::from_vec(self.seq_lit(*len, zero, elems)?))
            }
            Expr::MapLit(kvs) => {
                let m = Value::new_map();
                if let Value::Map(mm) = &m {
                    for (k, v) in kvs {
                        let k = self.eval(k)?;
                        let v = self.eval(v)?;
                        mm.lock().entries.insert(MapKey::new(k), v);
                    }
                }
                m
            }
            Expr::AddrOf(p) => Value::Pointer(self.addr_of(p)?),
            Expr::NewCell(x) => {
                let v = self.eval(x)?;
                Value::Pointer(Pointer::Cell(Cell::new(v)))
            }
            Expr::Closure(f, caps) => {
                let env: Vec<Arc<Cell>> = caps
                    .iter()
                    .map(|s| {
                        cell_of(&self.slots[*s as usize])
                            .cloned()
                            .unwrap_or_default()
                    })
                    .collect();
                Value::Func(Arc::new(Func::Closure {
                    func: *f,
                    env: env.into(),
                }))
            }
            Expr::MethodValue(f, recv) => {
                let r = self.eval(recv)?;
                Value::Func(Arc::new(Func::Bound { func: *f, recv: r }))
            }
            Expr::IfaceMethodValue(recv, name) => {
                let r = self.eval(recv)?;
                let (f, recv) = self.dispatch(&r, name)?;
                Value::Func(Arc::new(Func::Bound { func: f, recv }))
            }
            Expr::MakeSlice { len, cap, zero } => {
                let n = self.eval_int(len)?;
                let c = match cap {
                    Some(c) => self.eval_int(c)?,
                    None => n,
                };
                if !(0..=MAX_MAKE).contains(&n) {
                    return rt("makeslice: len out of range");
                }
                if c < n || c > MAX_MAKE {
                    return rt("makeslice: cap out of range");
                }
                let mut s = Slice::from_vec(vec![zero.clone(); c as usize]);
                s.len = n as u32;
                Value::Slice(s)
            }
            Expr::MakeMap => Value::new_map(),
            Expr::MakeChan { cap, zero } => {
                let c = match cap {
                    Some(c) => self.eval_int(c)?,
                    None => 0,
                };
                if c < 0 {
                    return rt("makechan: size out of range");
                }
                super::chan::make(c as usize, zero.clone())
            }
            Expr::Append {
                s,
                elems,
                spread,
                string_src,
                elem,
            } => {
                let base = self.eval(s)?;
                let mut add = Vec::with_capacity(elems.len());
                if *spread {
                    match self.eval(&elems[0])? {
                        Value::Slice(x) => add = x.to_vec(),
                        Value::Str(b) if *string_src => {
                            add = b.iter().map(|&c| Value::Int(c as i64)).collect()
                        }
                        _ => {}
                    }
                } else {
                    for e in elems {
                        add.push(self.eval(e)?);
                    }
                }
                super::slices::append(base, add, *elem)
            }
            Expr::Copy(d, s) => {
                let dv = self.eval(d)?;
                let sv = self.eval(s)?;
                Value::Int(super::slices::copy(&dv, &sv))
            }
            Expr::Tuple(es) => {
                let mut out = Vec::with_capacity(es.len());
                for e in es {
                    out.push(self.eval(e)?);
                }
                Value::Tuple(out.into())
            }
            Expr::Complex(c64, re, im) => {
                let re = self.eval_float(re)?;
                let im = self.eval_float(im)?;
                super::complex::make(*c64, re, im)
            }
            Expr::MinMax(is_max, k, es) => {
                let mut best = self.eval(&es[0])?;
                for e in &es[1..] {
                    let v = self.eval(e)?;
                    let better = match k {
                        NumKind::F32 | NumKind::F64
                            if v.as_float().is_nan() || best.as_float().is_nan() =>
                        {
                            best = Value::Float(f64::NAN);
                            continue;
                        }
                        _ => ops::binop(
                            if *is_max { BinOp::Gtr } else { BinOp::Lss },
                            *k,
                            &v,
                            &best,
                        )?
                        .as_bool(),
                    };
                    if better {
                        best = v;
                    }
                }
                best
            }
            Expr::TupleGet(t, i) => match self.eval(t)? {
                Value::Tuple(t) => t.get(*i as usize).cloned().unwrap_or_default(),
                v => v,
            },
            Expr::ArraySnap(x) => match self.eval(x)? {
                Value::Slice(s) => Value::Array(Arc::new(s.to_vec())),
                v => v,
            },
        })
    }

    fn seq_lit(&mut self, len: u32, zero: &Value, elems: &[(u32, Expr)]) -> RtResult<Vec<Value>> {
        let mut out = vec![zero.clone(); len as usize];
        for (i, e) in elems {
            let v = self.eval(e)?;
            if let Some(slot) = out.get_mut(*i as usize) {
                *slot = v;
            }
        }
        Ok(out)
    }

    /// Panics like Go when `==` meets an uncomparable dynamic type.
    fn check_comparable(&self, v: &Value) -> RtResult<()> {
        if let Value::Iface(i) = v {
            if matches!(i.val, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                return rt(format!(
                    "comparing uncomparable type {}",
                    self.prog.types.name(i.ty)
                ));
            }
        }
        Ok(())
    }

    pub fn len(&self, kind: SeqKind, v: &Value) -> i64 {
        match v {
            Value::Str(s) => s.len() as i64,
            Value::Slice(s) => s.len as i64,
            Value::Array(a) => a.len() as i64,
            Value::Map(m) => m.lock().entries.len() as i64,
            Value::Pointer(p) => self.len(kind, &p.load()),
            v if kind == SeqKind::Chan => super::chan::len(v),
            _ => 0,
        }
    }

    /// `x[i]` passed to `f` in place. When `x` is a local (`a[k]`) or an
    /// element of a local (`a[i][k]`) the container is read under its lock
    /// without reference-count traffic on the shared backing arrays, and
    /// `f` reads the element without cloning it (`eval_float`,
    /// `eval_int`). Go's order is kept: `x` (with its own bounds check)
    /// before `i`.
    #[inline]
    fn index_with<R>(
        &mut self,
        kind: SeqKind,
        x: &Expr,
        i: &Expr,
        f: impl FnOnce(&Value) -> R,
    ) -> RtResult<R> {
        match x {
            Expr::Local(s) => {
                let i = self.int_leaf(i)?;
                return with_elem(kind, &self.slots[*s as usize], i, f);
            }
            Expr::Index(_, x2, j) => {
                if let Expr::Local(s) = unsnap(x2) {
                    let s = *s as usize;
                    let j = self.int_leaf(j)?;
                    let outer_len = match &self.slots[s] {
                        Value::Slice(sl) => Some(sl.len as usize),
                        Value::Array(a) => Some(a.len()),
                        _ => None,
                    };
                    if let Some(n) = outer_len {
                        let j = bounds(j, n)?;
                        let i = self.int_leaf(i)?;
                        return match &self.slots[s] {
                            Value::Slice(sl) => {
                                // Distinct types, so never the same backing
                                // (and lock) as the row's.
                                let arr = sl.arr.lock();
                                with_elem(kind, &arr[sl.off as usize + j], i, f)
                            }
                            Value::Array(a) => with_elem(kind, &a[j], i, f),
                            _ => Err(RtErr::nil_deref()),
                        };
                    }
                }
            }
            _ => {}
        }
        let xv = self.eval(x)?;
        let i = self.int_leaf(i)?;
        with_elem(kind, &xv, i, f)
    }

    fn slice_of(
        &self,
        kind: SeqKind,
        x: Value,
        lo: Option<i64>,
        hi: Option<i64>,
        max: Option<i64>,
    ) -> RtResult<Value> {
        match x {
            Value::Str(s) => {
                let (l, h, _) = slice_bounds(lo, hi, max, s.len(), s.len(), true)?;
                Ok(Value::bytes(&s[l..h]))
            }
            Value::Slice(s) => {
                let (l, h, m) = slice_bounds(lo, hi, max, s.len as usize, s.cap as usize, false)?;
                Ok(Value::Slice(Slice {
                    arr: s.arr.clone(),
                    off: s.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                }))
            }
            Value::Pointer(p) => {
                // Slicing an array: from now on the array lives in the
                // backing it shares with its slices (the variable holds a
                // view on it).
                let view = p.update(|slot| match slot {
                    Value::Slice(s) => s.clone(),
                    Value::Array(a) => {
                        let s = Slice::from_vec(a.to_vec());
                        *slot = Value::Slice(s.clone());
                        s
                    }
                    _ => Slice::from_vec(Vec::new()),
                });
                let n = view.len as usize;
                let (l, h, m) = slice_bounds(lo, hi, max, n, n, false)?;
                Ok(Value::Slice(Slice {
                    arr: view.arr,
                    off: view.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                }))
            }
            Value::Nil if kind == SeqKind::Slice || kind == SeqKind::String => {
                slice_bounds(lo, hi, max, 0, 0, kind == SeqKind::String)?;
                Ok(Value::Nil)
            }
            _ => Err(RtErr::nil_deref()),
        }
    }

    fn type_assert(
        &self,
        v: Value,
        ty: crate::value::TypeId,
        iface: bool,
        src: crate::value::TypeId,
        comma_ok: bool,
        zero: &Value,
    ) -> RtResult<Value> {
        let names = &self.prog.types;
        let (ok, result) = match &v {
            Value::Iface(i) => {
                if iface {
                    (names.missing_method(i.ty, ty).is_none(), v.clone())
                } else {
                    (i.ty == ty, i.val.clone())
                }
            }
            _ => (false, Value::Nil),
        };
        if comma_ok {
            let r = if ok { result } else { zero.clone() };
            return Ok(Value::Tuple(Arc::new([r, Value::Bool(ok)])));
        }
        if ok {
            return Ok(result);
        }
        let msg = match &v {
            Value::Iface(i) if iface => format!(
                "interface conversion: {} is not {}: missing method {}",
                names.name(i.ty),
                names.name(ty),
                names.missing_method(i.ty, ty).map(|n| &**n).unwrap_or("?")
            ),
            Value::Iface(i) => format!(
                "interface conversion: {} is {}, not {}",
                names.name(src),
                names.name(i.ty),
                names.name(ty)
            ),
            _ if iface => format!(
                "interface conversion: interface is nil, not {}",
                names.name(ty)
            ),
            _ => format!(
                "interface conversion: {} is nil, not {}",
                names.name(src),
                names.name(ty)
            ),
        };
        Err(RtErr::plain(msg))
    }

    /// Finds the method `name` of an interface value's dynamic type and the
    /// receiver to pass it.
    pub fn dispatch(
        &self,
        iv: &Value,
        name: &crate::syntax::ast::Name,
    ) -> RtResult<(crate::value::FuncId, Value)> {
        let Value::Iface(i) = iv else {
            return Err(RtErr::nil_deref());
        };
        let Some(m) = self.prog.types.methods.get(&(i.ty, name.clone())) else {
            return Err(RtErr::nil_deref());
        };
        // Walk the embedded fields keeping the address of the current
        // value when there is one, so pointer methods of value-embedded
        // fields get a pointer into the original struct.
        let mut recv = i.val.clone();
        let mut addr: Option<Pointer> = None;
        for &(deref, idx) in &m.path {
            let fa = match (deref, &recv, &addr) {
                (true, Value::Pointer(p), _) => Some(p.project(idx)),
                (true, _, _) => return Err(RtErr::nil_deref()),
                (false, _, Some(a)) => Some(a.project(idx)),
                (false, _, None) => None,
            };
            recv = match &fa {
                Some(p) => p.load(),
                None => match recv {
                    Value::Struct(f) => f.get(idx as usize).cloned().unwrap_or_default(),
                    _ => Value::Nil,
                },
            };
            addr = fa;
        }
        if m.via_iface {
            return self.dispatch(&recv, name);
        }
        let top_is_ptr = m.path.is_empty()
            && matches!(
                self.prog.tt.kind(i.ty),
                crate::check::types::TypeKind::Pointer(_)
            );
        if m.ptr_recv {
            if let (false, Some(a)) = (matches!(recv, Value::Pointer(_)), addr) {
                recv = Value::Pointer(a);
            }
        } else if top_is_ptr || (!m.path.is_empty() && matches!(recv, Value::Pointer(_))) {
            recv = match recv {
                Value::Pointer(p) => p.load(),
                _ => return Err(RtErr::nil_deref()),
            };
        }
        Ok((m.func, recv))
    }
}
