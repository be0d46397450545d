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

use super::ir::{Expr, NumKind, Place, Program, SeqKind};
use super::ops::{self, rt, RtErr, RtResult};
use crate::syntax::ast::BinOp;
use crate::value::{Cell, Func, MapKey, PathPtr, Pointer, PtrBase, Slice, Value};
use std::sync::Arc;

/// The evaluation context of one statement: the current frame's slots.
pub struct Env<'a> {
    pub slots: &'a mut [Value],
    pub prog: &'a Program,
}

fn cell_of(v: &Value) -> Option<&Arc<Cell>> {
    match v {
        Value::Pointer(Pointer::Cell(c)) => Some(c),
        _ => None,
    }
}

fn bounds(i: i64, len: usize) -> RtResult<usize> {
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

impl Env<'_> {
    /// Evaluates an int-typed expression to its bit pattern.
    #[inline]
    pub fn eval_int(&mut self, e: &Expr) -> RtResult<i64> {
        match e {
            Expr::Const(Value::Int(i)) => Ok(*i),
            Expr::Local(s) => Ok(self.slots[*s as usize].as_int()),
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if !ops::is_cmp(*op) => {
                let a = self.eval_int(x)?;
                let b = self.eval_int(y)?;
                ops::int_binop(*op, a, b, *bits, *signed)
            }
            _ => Ok(self.eval(e)?.as_int()),
        }
    }

    /// Evaluates a bool-typed expression.
    #[inline]
    pub fn eval_bool(&mut self, e: &Expr) -> RtResult<bool> {
        match e {
            Expr::LocalLtConst(s, c) => Ok(self.slots[*s as usize].as_int() < *c),
            Expr::Binary(op, NumKind::Int { bits, signed }, x, y) if ops::is_cmp(*op) => {
                let a = self.eval_int(x)?;
                let b = self.eval_int(y)?;
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

    /// Evaluates any expression.
    pub fn eval(&mut self, e: &Expr) -> RtResult<Value> {
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
                let xv = self.eval(x)?;
                let i = self.eval_int(i)?;
                self.index(*kind, &xv, i)?
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
                let v = self.eval(x)?;
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
                if n < 0 || n > u32::MAX as i64 / 2 {
                    return rt("makeslice: len out of range");
                }
                if c < n || c > u32::MAX as i64 / 2 {
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
                append(base, add, *elem)
            }
            Expr::Copy(d, s) => {
                let dv = self.eval(d)?;
                let sv = self.eval(s)?;
                Value::Int(copy(&dv, &sv))
            }
            Expr::Tuple(es) => {
                let mut out = Vec::with_capacity(es.len());
                for e in es {
                    out.push(self.eval(e)?);
                }
                Value::Tuple(out.into())
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
            Expr::At(_, x) => self.eval(x)?,
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

    fn index(&self, kind: SeqKind, x: &Value, i: i64) -> RtResult<Value> {
        Ok(match (kind, x) {
            (_, Value::Str(s)) => Value::Int(s[bounds(i, s.len())?] as i64),
            (_, Value::Slice(s)) => s.get(bounds(i, s.len as usize)?),
            (_, Value::Array(a)) => a[bounds(i, a.len())?].clone(),
            (SeqKind::Slice, Value::Nil) => {
                return rt(format!("index out of range [{i}] with length 0"))
            }
            (SeqKind::String, _) => return rt(format!("index out of range [{i}] with length 0")),
            _ => return Err(RtErr::nil_deref()),
        })
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
                // Slicing an array through its pointer: the backing array is
                // the array itself, so the result aliases it only when the
                // array lives in a backing of its own; arrays are values here,
                // so materialise a backing and store it back as a slice view.
                let arr = p.load();
                let n = arr.fields().map_or(0, Vec::len);
                let (l, h, m) = slice_bounds(lo, hi, max, n, n, false)?;
                let v = arr.fields().cloned().unwrap_or_default();
                let s = Slice::from_vec(v);
                Ok(Value::Slice(Slice {
                    arr: s.arr,
                    off: l as u32,
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
            if !matches!(recv, Value::Pointer(_))
                || !m.path.is_empty() && addr.is_some() && !matches!(recv, Value::Pointer(_))
            {
                if let Some(a) = addr {
                    recv = Value::Pointer(a);
                }
            }
        } else if top_is_ptr || (!m.path.is_empty() && matches!(recv, Value::Pointer(_))) {
            recv = match recv {
                Value::Pointer(p) => p.load(),
                _ => return Err(RtErr::nil_deref()),
            };
        }
        Ok((m.func, recv))
    }

    /// The address of a place (`&x`, `&x.f`, `&s[i]`, `&p.f`).
    pub fn addr_of(&mut self, p: &Place) -> RtResult<Pointer> {
        Ok(match p {
            Place::Cell(s) => match cell_of(&self.slots[*s as usize]) {
                Some(c) => Pointer::Cell(c.clone()),
                None => return Err(RtErr::nil_deref()),
            },
            Place::Global(g) => Pointer::Cell(self.prog.globals[*g as usize].clone()),
            Place::Deref(e) => match self.eval(e)? {
                Value::Pointer(p) => p,
                _ => return Err(RtErr::nil_deref()),
            },
            Place::Field(base, i) => self.addr_of(base)?.project(*i),
            Place::ArrayIndex(base, i) => {
                let ptr = self.addr_of(base)?;
                let i = self.eval_int(i)?;
                let n = ptr.load().fields().map_or(0, Vec::len);
                ptr.project(bounds(i, n)? as u32)
            }
            Place::SliceIndex(s, i) => {
                let sv = self.eval(s)?;
                let i = self.eval_int(i)?;
                match sv {
                    Value::Slice(s) => {
                        let i = bounds(i, s.len as usize)?;
                        Pointer::Path(Arc::new(PathPtr {
                            base: PtrBase::Elem(s.arr.clone(), s.off + i as u32),
                            path: Box::new([]),
                        }))
                    }
                    _ => return rt(format!("index out of range [{i}] with length 0")),
                }
            }
            // Locals, map entries and `_` are never addressable; lowering
            // puts address-taken variables in cells.
            Place::Local(_) | Place::MapEntry(..) | Place::Blank => return Err(RtErr::nil_deref()),
        })
    }

    /// `place = v`.
    pub fn store(&mut self, p: &Place, v: Value) -> RtResult<()> {
        match p {
            Place::Blank => {}
            Place::Local(s) => self.slots[*s as usize] = v,
            Place::Cell(s) => {
                if let Some(c) = cell_of(&self.slots[*s as usize]) {
                    c.set(v);
                }
            }
            Place::Global(g) => self.prog.globals[*g as usize].set(v),
            Place::Deref(e) => match self.eval(e)? {
                Value::Pointer(p) => p.store(v),
                _ => return Err(RtErr::nil_deref()),
            },
            Place::SliceIndex(s, i) => {
                let sv = self.eval(s)?;
                let i = self.eval_int(i)?;
                match sv {
                    Value::Slice(s) => {
                        let i = bounds(i, s.len as usize)?;
                        s.set(i, v);
                    }
                    _ => return rt(format!("index out of range [{i}] with length 0")),
                }
            }
            Place::MapEntry(m, k) => {
                let mv = self.eval(m)?;
                let kv = self.eval(k)?;
                match mv {
                    Value::Map(m) => {
                        self.check_hashable(&kv)?;
                        m.lock().entries.insert(MapKey::new(kv), v);
                    }
                    _ => return Err(RtErr::plain("assignment to entry in nil map")),
                }
            }
            Place::Field(..) | Place::ArrayIndex(..) => {
                // Resolve the index operands first, then update in place.
                let mut path = Vec::new();
                let root = self.resolve_path(p, &mut path)?;
                path.reverse();
                self.update_root(root, &path, v)?;
            }
        }
        Ok(())
    }

    fn check_hashable(&self, k: &Value) -> RtResult<()> {
        if let Value::Iface(i) = k {
            if matches!(i.val, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                return rt(format!(
                    "hash of unhashable type {}",
                    self.prog.types.name(i.ty)
                ));
            }
        }
        Ok(())
    }

    /// Walks Field/ArrayIndex places down to their root, collecting indices
    /// (innermost last) and bounds-checking array indices.
    fn resolve_path<'p>(&mut self, p: &'p Place, path: &mut Vec<u32>) -> RtResult<&'p Place> {
        match p {
            Place::Field(b, i) => {
                path.push(*i);
                self.resolve_path(b, path)
            }
            Place::ArrayIndex(b, i) => {
                let i = self.eval_int(i)?;
                let mut tmp = Vec::new();
                let root = self.resolve_path(b, &mut tmp)?;
                tmp.reverse();
                let n = self.load_root(root, &tmp)?.fields().map_or(0, Vec::len);
                path.push(bounds(i, n)? as u32);
                path.extend(tmp.into_iter().rev());
                Ok(root)
            }
            other => Ok(other),
        }
    }

    fn load_root(&mut self, root: &Place, path: &[u32]) -> RtResult<Value> {
        let mut v = match root {
            Place::Local(s) => self.slots[*s as usize].clone(),
            _ => self.addr_of(root)?.load(),
        };
        for &i in path {
            v = v
                .fields()
                .and_then(|f| f.get(i as usize))
                .cloned()
                .unwrap_or_default();
        }
        Ok(v)
    }

    fn update_root(&mut self, root: &Place, path: &[u32], v: Value) -> RtResult<()> {
        match root {
            Place::Local(s) => {
                let mut cur = &mut self.slots[*s as usize];
                for &i in path {
                    match cur {
                        Value::Struct(f) | Value::Array(f) if (i as usize) < f.len() => {
                            cur = &mut Arc::make_mut(f)[i as usize];
                        }
                        _ => return Ok(()),
                    }
                }
                *cur = v;
            }
            Place::MapEntry(..) | Place::Blank => {}
            _ => {
                let mut ptr = self.addr_of(root)?;
                for &i in path {
                    ptr = ptr.project(i);
                }
                ptr.store(v);
            }
        }
        Ok(())
    }
}

/// Go's malloc size classes up to 32 KiB (internal/runtime/gc/sizeclasses.go).
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// runtime.roundupsize: the size malloc really gives for `size` bytes.
fn roundupsize(size: u64, noscan: bool) -> u64 {
    let mut req = size;
    if req <= 32768 - 8 {
        if !noscan && req > 512 {
            req += 8;
        }
        let class = SIZE_CLASSES
            .iter()
            .find(|&&c| c as u64 >= req)
            .copied()
            .unwrap_or(32768) as u64;
        return class - (req - size);
    }
    (req + 8191) & !8191
}

/// runtime.nextslicecap then the size-class rounding of growslice. A
/// first allocation of at most 32 bytes gets the whole 32 (Go 1.27 gives
/// non-escaping slices a 32-byte stack buffer, the common case in the
/// small programs gorun runs).
fn grow_cap(new_len: usize, old_cap: usize, elem: (u32, bool)) -> usize {
    let (size, ptrs) = (elem.0.max(1) as u64, elem.1);
    let double = old_cap * 2;
    let mut cap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 768) >> 2;
        }
        c
    };
    if old_cap == 0 && (new_len as u64) * size <= 32 {
        cap = (32 / size) as usize;
        return cap.max(new_len);
    }
    let mem = roundupsize(cap as u64 * size, !ptrs);
    cap = (mem / size) as usize;
    cap.max(new_len)
}

/// `append(s, add...)`, growing like Go.
pub fn append(base: Value, add: Vec<Value>, elem: (u32, bool)) -> Value {
    let s = match base {
        Value::Slice(s) => s,
        _ => {
            if add.is_empty() {
                return Value::Nil;
            }
            let n = add.len();
            let cap = grow_cap(n, 0, elem);
            let zero = add.first().map(zero_like).unwrap_or_default();
            let mut v = add;
            v.resize(cap, zero);
            let mut out = Slice::from_vec(v);
            out.len = n as u32;
            return Value::Slice(out);
        }
    };
    let need = s.len as usize + add.len();
    if need <= s.cap as usize {
        {
            let mut a = s.arr.lock();
            let start = (s.off + s.len) as usize;
            for (j, v) in add.into_iter().enumerate() {
                a[start + j] = v;
            }
        }
        return Value::Slice(Slice {
            len: need as u32,
            ..s
        });
    }
    let cap = grow_cap(need, s.cap as usize, elem);
    let mut v = Vec::with_capacity(cap);
    v.extend(s.to_vec());
    v.extend(add);
    let zero = v.first().map(zero_like).unwrap_or_default();
    v.resize(cap, zero);
    let mut out = Slice::from_vec(v);
    out.len = need as u32;
    Value::Slice(out)
}

/// A zero value of the same shape (for spare capacity; never observed
/// before being overwritten by append, but re-slicing up to cap shows it).
pub fn zero_like(v: &Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Str(_) => Value::bytes(b""),
        Value::Struct(f) => Value::Struct(Arc::new(f.iter().map(zero_like).collect())),
        Value::Array(f) => Value::Array(Arc::new(f.iter().map(zero_like).collect())),
        _ => Value::Nil,
    }
}

/// `copy(dst, src)`: the number of elements copied.
pub fn copy(dst: &Value, src: &Value) -> i64 {
    let Value::Slice(d) = dst else { return 0 };
    let items: Vec<Value> = match src {
        Value::Slice(s) => s.to_vec(),
        Value::Str(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
        _ => return 0,
    };
    let n = items.len().min(d.len as usize);
    let mut a = d.arr.lock();
    for (j, v) in items.into_iter().take(n).enumerate() {
        a[d.off as usize + j] = v;
    }
    n as i64
}
