//! Lowering expressions: A-normal form, places, calls and built-ins.
//!
//! `expr` returns a pure [`Expr`] and emits, before it, the statements
//! its calls, receives and `recover()` need (each result in a temporary
//! slot), in Go's left-to-right order.

use super::func::Stack;
use super::Lowerer;
use crate::check::info::{Mode, ObjKind, RecvAdjust, SelectionKind, TypeAndValue};
use crate::check::types::{TypeId, TypeKind};
use crate::interp::ir::{Expr, Instr, NumKind, Place, SeqKind};
use crate::syntax::ast::{self, BinOp, ExprKind, UnOp};
use crate::value::{Func, Value};
use std::sync::Arc;

pub type R<T> = Result<T, String>;

/// Strips parentheses.
pub fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

impl Stack {
    pub fn tv<'c>(&self, lw: &Lowerer<'c>, e: &ast::Expr) -> R<TypeAndValue> {
        lw.cp
            .type_of(e)
            .cloned()
            .ok_or_else(|| format!("no type recorded for expression at {}", e.span.lo))
    }

    pub fn ty(&self, lw: &Lowerer, e: &ast::Expr) -> R<TypeId> {
        Ok(self.tv(lw, e)?.ty)
    }

    pub fn temp(&mut self) -> u32 {
        self.new_slot()
    }

    /// The value of `e` converted as its context requires (to an interface,
    /// or untyped nil to its target type).
    pub fn expr_conv(&mut self, lw: &mut Lowerer, e: &ast::Expr) -> R<Expr> {
        let x = self.expr(lw, e)?;
        let target = lw.cp.conversions.get(e.id).copied();
        match target {
            Some(t) => self.convert_to(lw, x, self.ty(lw, e)?, t),
            None => Ok(x),
        }
    }

    /// Converts a value of type `from` to type `to` implicitly.
    pub fn convert_to(&mut self, lw: &Lowerer, x: Expr, from: TypeId, to: TypeId) -> R<Expr> {
        if lw.is_iface(to) && !lw.is_iface(from) {
            if lw.tt.basic_kind(from) == Some(crate::check::types::BasicKind::UntypedNil) {
                return Ok(Expr::Const(Value::Nil));
            }
            return Ok(Expr::MakeIface(self.concrete(lw, from), Box::new(x)));
        }
        Ok(x)
    }

    /// The type an untyped constant gets in an interface: its default type.
    fn concrete(&self, lw: &Lowerer, t: TypeId) -> TypeId {
        use crate::check::types::BasicKind as B;
        match lw.tt.basic_kind(t) {
            Some(B::UntypedBool) => lw.tt.basic(B::Bool),
            Some(B::UntypedInt) => lw.tt.basic(B::Int),
            Some(B::UntypedRune) => lw.tt.basic(B::Int32),
            Some(B::UntypedFloat) => lw.tt.basic(B::Float64),
            Some(B::UntypedString) => lw.tt.basic(B::String),
            _ => t,
        }
    }

    /// The value of a single-valued expression.
    pub fn expr(&mut self, lw: &mut Lowerer, e: &ast::Expr) -> R<Expr> {
        let tv = self.tv(lw, e)?;
        // Only constant-mode operands are constants (the value of anything
        // else is not trusted).
        if let (Some(cv), Mode::Constant) = (&tv.value, tv.mode) {
            let t = self.concrete(lw, tv.ty);
            return Ok(Expr::Const(lw.const_value(cv, t)));
        }
        Ok(match &e.kind {
            ExprKind::Paren(x) => self.expr(lw, x)?,
            ExprKind::Ident(id) => self.ident(lw, id)?,
            ExprKind::BasicLit(_) => return Err("literal without constant value".into()),
            ExprKind::CompositeLit { ty: _, elts, .. } => self.composite(lw, tv.ty, elts)?,
            ExprKind::FuncLit { ty, body } => self.func_lit(lw, ty, body, tv.ty, e.span)?,
            ExprKind::Selector { x, sel } => self.selector(lw, e, x, sel)?,
            ExprKind::Index { x, index } => {
                let xt = self.ty(lw, x)?;
                if let TypeKind::Map(_, v) = lw.tt.under(xt).clone() {
                    let m = self.expr(lw, x)?;
                    let k = self.expr_conv(lw, index)?;
                    let zero = lw.zero(v);
                    Expr::MapIndex {
                        m: Box::new(m),
                        k: Box::new(k),
                        zero,
                        comma_ok: false,
                    }
                } else {
                    let kind = lw.seq_kind(xt);
                    let mut xv = self.expr(lw, x)?;
                    if lw.tt.pointer_elem(xt).is_some() {
                        xv = Expr::Deref(Box::new(xv));
                    }
                    let i = self.expr(lw, index)?;
                    Expr::Index(kind, Box::new(xv), Box::new(i))
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xt = self.ty(lw, x)?;
                let kind = lw.seq_kind(xt);
                let xv = if matches!(lw.tt.under(xt), TypeKind::Array(..)) {
                    let p = self.place(lw, x)?;
                    Expr::AddrOf(Box::new(p))
                } else {
                    self.expr(lw, x)?
                };
                let mut opt = |s: &mut Self, v: &Option<Box<ast::Expr>>| -> R<Option<Box<Expr>>> {
                    Ok(match v {
                        Some(v) => Some(Box::new(s.expr(lw, v)?)),
                        None => None,
                    })
                };
                let lo = opt(self, lo)?;
                let hi = opt(self, hi)?;
                let max = opt(self, max)?;
                Expr::SliceOf {
                    kind,
                    x: Box::new(xv),
                    lo,
                    hi,
                    max,
                }
            }
            ExprKind::TypeAssert { x, ty: Some(te) } => {
                let src = self.ty(lw, x)?;
                let xv = self.expr(lw, x)?;
                let t = self.ty(lw, te)?;
                Expr::TypeAssert {
                    x: Box::new(xv),
                    ty: t,
                    iface: lw.is_iface(t),
                    src,
                    comma_ok: false,
                    zero: lw.zero(t),
                }
            }
            ExprKind::Call { .. } => {
                let n = lw.tt.tuple_elems(tv.ty).len();
                if tv.mode == Mode::NoValue {
                    self.call(lw, e, Vec::new())?;
                    return Ok(Expr::Const(Value::Nil));
                }
                if let Some(v) = self.call_special(lw, e)? {
                    return Ok(v);
                }
                let temps: Vec<u32> = (0..n).map(|_| self.temp()).collect();
                let dst = temps.iter().map(|t| Place::Local(*t)).collect();
                self.call(lw, e, dst)?;
                if n == 1 {
                    Expr::Local(temps[0])
                } else {
                    Expr::Tuple(temps.into_iter().map(Expr::Local).collect())
                }
            }
            ExprKind::Star(x) => {
                let d = Expr::Deref(Box::new(self.expr(lw, x)?));
                if matches!(lw.tt.under(tv.ty), TypeKind::Array(..)) {
                    Expr::ArraySnap(Box::new(d))
                } else {
                    d
                }
            }
            ExprKind::Unary { op, x } => self.unary(lw, *op, x, tv.ty)?,
            ExprKind::Binary { op, x, y, .. } => self.binary(lw, *op, x, y, tv.ty)?,
            _ => return Err("unsupported expression".into()),
        })
    }

    fn ident(&mut self, lw: &mut Lowerer, id: &ast::Ident) -> R<Expr> {
        let Some(obj) = lw
            .cp
            .uses
            .get(id.id)
            .or_else(|| lw.cp.defs.get(id.id))
            .copied()
        else {
            return Err(format!("unresolved identifier {}", id.name));
        };
        let o = lw.cp.obj(obj);
        Ok(match &o.kind {
            ObjKind::Var(_) => {
                let p = self.var_place(lw, obj);
                let addressable = matches!(p, Place::Cell(_) | Place::Global(_));
                let e = place_expr(p);
                if addressable && matches!(lw.tt.under(o.ty), TypeKind::Array(..)) {
                    Expr::ArraySnap(Box::new(e))
                } else {
                    e
                }
            }
            ObjKind::Func(_) => match lw.func_of.get(&obj) {
                Some(f) => Expr::Const(Value::Func(Arc::new(Func::Closure {
                    func: *f,
                    env: Box::new([]),
                }))),
                None => Expr::Const(Value::Nil),
            },
            ObjKind::Const(cv) => Expr::Const(lw.const_value(cv, o.ty)),
            ObjKind::Nil => Expr::Const(Value::Nil),
            _ => return Err(format!("{} is not a value", id.name)),
        })
    }

    /// `x.f`: a field, a method value, or a qualified identifier.
    fn selector(
        &mut self,
        lw: &mut Lowerer,
        e: &ast::Expr,
        x: &ast::Expr,
        sel: &ast::Ident,
    ) -> R<Expr> {
        let Some(s) = lw.cp.selections.get(e.id).cloned() else {
            return self.ident(lw, sel);
        };
        match s.kind {
            SelectionKind::FieldVal => {
                let mut v = self.expr(lw, x)?;
                for st in &s.path {
                    if st.deref {
                        v = Expr::Deref(Box::new(v));
                    }
                    v = Expr::Field(Box::new(v), st.index);
                }
                Ok(v)
            }
            SelectionKind::MethodVal {
                method,
                adjust,
                iface_index,
            } => {
                let recv = self.receiver(lw, x, &s.path, adjust)?;
                if iface_index.is_some() || !lw.func_of.contains_key(&method) {
                    return Ok(Expr::IfaceMethodValue(Box::new(recv), sel.name.clone()));
                }
                Ok(Expr::MethodValue(lw.func_of[&method], Box::new(recv)))
            }
            SelectionKind::MethodExpr { method, adjust, .. } => match lw.func_of.get(&method) {
                Some(f) if adjust == RecvAdjust::None => {
                    Ok(Expr::Const(Value::Func(Arc::new(Func::Closure {
                        func: *f,
                        env: Box::new([]),
                    }))))
                }
                Some(f) => {
                    // (*T).M of a value method: a wrapper dereferencing the receiver.
                    let sig = self.ty(lw, e)?;
                    let w = lw.method_expr_wrapper(*f, sig, adjust);
                    Ok(Expr::Const(Value::Func(Arc::new(Func::Closure {
                        func: w,
                        env: Box::new([]),
                    }))))
                }
                None => Err("method expressions on interfaces are not supported".into()),
            },
        }
    }

    /// The receiver of a method selected through `path`, adjusted.
    pub(super) fn receiver(
        &mut self,
        lw: &mut Lowerer,
        x: &ast::Expr,
        path: &[crate::check::info::PathStep],
        adjust: RecvAdjust,
    ) -> R<Expr> {
        if adjust == RecvAdjust::AddrOf {
            let mut p = self.place(lw, x)?;
            for st in path {
                if st.deref {
                    p = Place::Deref(place_expr(p));
                }
                p = Place::Field(Box::new(p), st.index);
            }
            return Ok(match p {
                Place::Deref(e) => e,
                p => Expr::AddrOf(Box::new(p)),
            });
        }
        let mut v = self.expr(lw, x)?;
        for st in path {
            if st.deref {
                v = Expr::Deref(Box::new(v));
            }
            v = Expr::Field(Box::new(v), st.index);
        }
        if adjust == RecvAdjust::Deref {
            v = Expr::Deref(Box::new(v));
        }
        Ok(v)
    }

    /// Where an assignment to `e` stores.
    pub fn place(&mut self, lw: &mut Lowerer, e: &ast::Expr) -> R<Place> {
        Ok(match &e.kind {
            ExprKind::Paren(x) => self.place(lw, x)?,
            ExprKind::Ident(id) if id.is_blank() => Place::Blank,
            ExprKind::Ident(id) => {
                let obj = lw
                    .cp
                    .object_of(id)
                    .ok_or_else(|| format!("unresolved {}", id.name))?;
                self.var_place(lw, obj)
            }
            ExprKind::Selector { x, .. } => match lw.cp.selections.get(e.id).cloned() {
                Some(s) if matches!(s.kind, SelectionKind::FieldVal) => {
                    let first_deref = s.path.first().is_some_and(|p| p.deref);
                    let mut p = if first_deref {
                        Place::Deref(self.expr(lw, x)?)
                    } else {
                        self.place(lw, x)?
                    };
                    for (i, st) in s.path.iter().enumerate() {
                        if st.deref && i > 0 {
                            p = Place::Deref(place_expr(p));
                        }
                        p = Place::Field(Box::new(p), st.index);
                    }
                    p
                }
                _ => {
                    let ExprKind::Selector { sel, .. } = &e.kind else {
                        unreachable!()
                    };
                    let obj = lw.cp.object_of(sel).ok_or("unresolved selector")?;
                    self.var_place(lw, obj)
                }
            },
            ExprKind::Index { x, index } => {
                let xt = self.ty(lw, x)?;
                match lw.tt.under(xt).clone() {
                    TypeKind::Map(..) => {
                        let m = self.expr(lw, x)?;
                        let k = self.expr_conv(lw, index)?;
                        Place::MapEntry(m, k)
                    }
                    TypeKind::Slice(_) => {
                        let s = self.expr(lw, x)?;
                        Place::SliceIndex(s, self.expr(lw, index)?)
                    }
                    TypeKind::Pointer(_) => {
                        let p = Place::Deref(self.expr(lw, x)?);
                        Place::ArrayIndex(Box::new(p), self.expr(lw, index)?)
                    }
                    _ => {
                        let p = self.place(lw, x)?;
                        Place::ArrayIndex(Box::new(p), self.expr(lw, index)?)
                    }
                }
            }
            ExprKind::Star(x) => Place::Deref(self.expr(lw, x)?),
            _ => return Err("expression is not assignable".into()),
        })
    }

    fn unary(&mut self, lw: &mut Lowerer, op: UnOp, x: &ast::Expr, ty: TypeId) -> R<Expr> {
        Ok(match op {
            UnOp::Pos => self.expr(lw, x)?,
            UnOp::Neg => Expr::Neg(lw.num_kind(ty), Box::new(self.expr(lw, x)?)),
            UnOp::Not => Expr::Not(Box::new(self.expr(lw, x)?)),
            UnOp::Xor => Expr::BitNot(lw.num_kind(ty), Box::new(self.expr(lw, x)?)),
            UnOp::Addr => {
                if let ExprKind::CompositeLit { .. } = &unparen(x).kind {
                    Expr::NewCell(Box::new(self.expr(lw, x)?))
                } else {
                    Expr::AddrOf(Box::new(self.place(lw, x)?))
                }
            }
            UnOp::Recv => {
                let ch = self.expr(lw, x)?;
                let t = self.temp();
                self.emit(
                    Instr::Recv {
                        ch,
                        dst: Place::Local(t),
                        ok: Place::Blank,
                    },
                    x.span,
                );
                Expr::Local(t)
            }
        })
    }

    fn binary(
        &mut self,
        lw: &mut Lowerer,
        op: BinOp,
        x: &ast::Expr,
        y: &ast::Expr,
        ty: TypeId,
    ) -> R<Expr> {
        if matches!(op, BinOp::LAnd | BinOp::LOr) {
            let a = self.expr(lw, x)?;
            let mark = self.top().code.len();
            let b = self.expr(lw, y)?;
            if self.top().code.len() == mark {
                return Ok(if op == BinOp::LAnd {
                    Expr::AndAnd(Box::new(a), Box::new(b))
                } else {
                    Expr::OrOr(Box::new(a), Box::new(b))
                });
            }
            // The right side needs statements: t = a; if short-circuit skip them.
            let f = self.top();
            let tail: Vec<Instr> = f.code.drain(mark..).collect();
            let tail_spans: Vec<_> = f.spans.drain(mark..).collect();
            let t = self.temp();
            self.emit(Instr::Set(Place::Local(t), a), x.span);
            let j = if op == BinOp::LAnd {
                self.emit(Instr::JumpIfNot(Expr::Local(t), 0), x.span)
            } else {
                self.emit(Instr::JumpIf(Expr::Local(t), 0), x.span)
            };
            let base = self.top().code.len() as u32;
            for (mut i, s) in tail.into_iter().zip(tail_spans) {
                shift_jumps(&mut i, mark as u32, base);
                let f = self.top();
                f.code.push(i);
                f.spans.push(s);
            }
            self.emit(Instr::Set(Place::Local(t), b), y.span);
            self.patch_here(j);
            return Ok(Expr::Local(t));
        }
        let xt = self.ty(lw, x)?;
        let yt = self.ty(lw, y)?;
        let mut a = self.expr_conv(lw, x)?;
        let mut b = self.expr_conv(lw, y)?;
        if crate::interp::ops::is_cmp(op) {
            // Comparing an interface with a concrete value compares with
            // the value boxed in the interface type.
            if lw.is_iface(xt) && !lw.is_iface(yt) {
                b = self.convert_to(lw, b, yt, xt)?;
            } else if lw.is_iface(yt) && !lw.is_iface(xt) {
                a = self.convert_to(lw, a, xt, yt)?;
            }
            let k = lw.num_kind(xt);
            let k = if k == NumKind::Other {
                lw.num_kind(yt)
            } else {
                k
            };
            let either_iface = lw.is_iface(xt) || lw.is_iface(yt);
            if either_iface || k == NumKind::Other || k == NumKind::Bool {
                return Ok(Expr::Eq {
                    neg: op == BinOp::Neq,
                    x: Box::new(a),
                    y: Box::new(b),
                });
            }
            if let (
                BinOp::Lss,
                Expr::Local(s),
                Expr::Const(Value::Int(c)),
                NumKind::Int { signed: true, .. },
            ) = (op, &a, &b, k)
            {
                return Ok(Expr::LocalLtConst(*s, *c));
            }
            return Ok(Expr::Binary(op, k, Box::new(a), Box::new(b)));
        }
        Ok(Expr::Binary(op, lw.num_kind(ty), Box::new(a), Box::new(b)))
    }

    /// A composite literal of type `t`.
    fn composite(&mut self, lw: &mut Lowerer, t: TypeId, elts: &[ast::Element]) -> R<Expr> {
        match lw.tt.under(t).clone() {
            TypeKind::Pointer(inner) => {
                Ok(Expr::NewCell(Box::new(self.composite(lw, inner, elts)?)))
            }
            TypeKind::Struct(fields) => {
                let mut vals: Vec<Expr> =
                    fields.iter().map(|f| Expr::Const(lw.zero(f.ty))).collect();
                for (i, el) in elts.iter().enumerate() {
                    let idx = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(id) => fields
                                .iter()
                                .position(|f| f.name == id.name)
                                .ok_or("unknown field")?,
                            _ => return Err("bad struct key".into()),
                        },
                        None => i,
                    };
                    let v = self.elem_value(lw, &el.value, fields.get(idx).map(|f| f.ty))?;
                    if let Some(slot) = vals.get_mut(idx) {
                        *slot = v;
                    }
                }
                Ok(Expr::StructLit(vals))
            }
            TypeKind::Array(_, et) | TypeKind::Slice(et) => {
                let is_array = matches!(lw.tt.under(t), TypeKind::Array(..));
                let mut items = Vec::new();
                let mut next = 0u32;
                let mut max = 0u32;
                for el in elts {
                    if let Some(k) = &el.key {
                        next = self.tv(lw, k)?.value.and_then(|v| v.as_i64()).unwrap_or(0) as u32;
                    }
                    let v = self.elem_value(lw, &el.value, Some(et))?;
                    items.push((next, v));
                    next += 1;
                    max = max.max(next);
                }
                let zero = lw.zero(et);
                if is_array {
                    Ok(Expr::ArrayLit {
                        len: n_of(lw, t),
                        zero,
                        elems: items,
                    })
                } else {
                    Ok(Expr::SliceLit {
                        len: max,
                        zero,
                        elems: items,
                    })
                }
            }
            TypeKind::Map(kt, vt) => {
                let mut kvs = Vec::new();
                for el in elts {
                    let k = el.key.as_ref().ok_or("map literal without key")?;
                    let kv = self.elem_value(lw, k, Some(kt))?;
                    let vv = self.elem_value(lw, &el.value, Some(vt))?;
                    kvs.push((kv, vv));
                }
                Ok(Expr::MapLit(kvs))
            }
            _ => Err("unsupported composite literal".into()),
        }
    }

    /// An element of a composite literal, converted to the element type.
    fn elem_value(&mut self, lw: &mut Lowerer, e: &ast::Expr, et: Option<TypeId>) -> R<Expr> {
        let v = self.expr(lw, e)?;
        let from = self.ty(lw, e)?;
        match et {
            Some(t) => self.convert_to(lw, v, from, t),
            None => Ok(v),
        }
    }
}

fn n_of(lw: &Lowerer, t: TypeId) -> u32 {
    match lw.tt.under(t) {
        TypeKind::Array(n, _) => (*n).min(u32::MAX as u64) as u32,
        _ => 0,
    }
}

/// Reading a place.
pub fn place_expr(p: Place) -> Expr {
    match p {
        Place::Blank => Expr::Const(Value::Nil),
        Place::Local(s) => Expr::Local(s),
        Place::Cell(s) => Expr::CellGet(s),
        Place::Global(g) => Expr::Global(g),
        Place::Deref(e) => Expr::Deref(Box::new(e)),
        Place::Field(b, i) => Expr::Field(Box::new(place_expr(*b)), i),
        Place::ArrayIndex(b, i) => {
            Expr::Index(SeqKind::Array, Box::new(place_expr(*b)), Box::new(i))
        }
        Place::SliceIndex(s, i) => Expr::Index(SeqKind::Slice, Box::new(s), Box::new(i)),
        Place::MapEntry(m, k) => Expr::MapIndex {
            m: Box::new(m),
            k: Box::new(k),
            zero: Value::Nil,
            comma_ok: false,
        },
    }
}

/// Relocates jump targets inside moved statements.
fn shift_jumps(i: &mut Instr, from: u32, to: u32) {
    let fix = |t: &mut u32| {
        if *t >= from {
            *t = *t - from + to;
        }
    };
    match i {
        Instr::Jump(t) | Instr::JumpIfNot(_, t) | Instr::JumpIf(_, t) => fix(t),
        Instr::RangeNext { exit, .. } => fix(exit),
        _ => {}
    }
}
