//! Composite literals (struct, array, slice, map; elided inner types and
//! `&T` elision for pointer elements), index expressions `x[i]` and slice
//! expressions `x[lo:hi:max]`, with gc's constant-index checks.

use crate::check::checker::Checker;
use crate::check::constant::ConstValue;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{Element, Expr, ExprKind, Span};

impl<'a> Checker<'a> {
    /// Checks an index operand; returns its constant value if constant.
    /// Reports gc's "index ... must be integer / must not be negative /
    /// out of bounds" errors (`what` is "index" unless told).
    pub(crate) fn index_value(
        &mut self,
        e: &'a Expr,
        max: Option<i64>,
        what: &str,
    ) -> Option<Option<i64>> {
        let what = if what.is_empty() { "index" } else { what };
        let mut x = self.expr(e, None);
        if !x.is_valid() {
            return None;
        }
        let int = self.basic(BasicKind::Int);
        if self.prog.types.is_untyped(x.ty) {
            self.convert_untyped_report(&mut x, int);
            if !x.is_valid() {
                return None;
            }
        }
        if !self
            .prog
            .types
            .basic_kind(x.ty)
            .is_some_and(|k| k.is_integer())
        {
            let s = self.operand_string(&x);
            self.error(
                e.span,
                format!("invalid argument: {what} {s} must be integer"),
            );
            return None;
        }
        if x.is_const() {
            let v = x.val.as_ref().and_then(|v| v.to_int());
            let v = v?;
            if v < 0.into() {
                let s = self.operand_string(&x);
                self.error(
                    e.span,
                    format!("invalid argument: {what} {s} must not be negative"),
                );
                return None;
            }
            let Ok(v) = i64::try_from(v) else {
                let s = self.operand_string(&x);
                self.error(
                    e.span,
                    format!("invalid argument: {what} {s} overflows int"),
                );
                return None;
            };
            if let Some(m) = max {
                if v >= m {
                    self.error(
                        e.span,
                        format!("invalid argument: index {v} out of bounds [0:{m}]"),
                    );
                    return None;
                }
            }
            return Some(Some(v));
        }
        Some(None)
    }

    /// The position of the `[` after `base` in `e` (gc reports index errors there).
    fn lbrack_at(&self, base: &Expr, e: &Expr) -> Span {
        let from = base.span.hi as usize;
        match self
            .src()
            .get(from..e.span.hi as usize)
            .and_then(|t| t.find('['))
        {
            Some(off) => Span::new(from + off, from + off + 1),
            None => e.span,
        }
    }

    pub(crate) fn index_expr(&mut self, x: &mut Operand<'a>, base: &'a Expr, index: &'a Expr) {
        let b = self.raw_expr(base, None);
        if b.mode == OpMode::TypeExpr {
            self.error(
                self.at(x.expr),
                format!("{} is not a generic type", self.tstr(b.ty)),
            );
            return;
        }
        let b = self.single_value(b);
        if !b.is_valid() {
            self.use_exprs(std::slice::from_ref(index));
            return;
        }
        let under = self.prog.types.under(b.ty).clone();
        match under {
            TypeKind::Basic(k) if k.is_string() => {
                let len = match (&b.mode, &b.val) {
                    (OpMode::Constant, Some(ConstValue::String(s))) => Some(s.len() as i64),
                    _ => None,
                };
                let Some(i) = self.index_value(index, len, "") else {
                    return;
                };
                x.mode = OpMode::Value;
                x.ty = self.basic(BasicKind::Uint8);
                if let (Some(i), Some(ConstValue::String(s))) = (i, &b.val) {
                    // Indexing a constant string is a byte value, not a constant.
                    let _ = s.get(i as usize);
                }
                if self.prog.types.is_untyped(b.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(&b, st);
                }
            }
            TypeKind::Array(n, elem) => {
                if self.index_value(index, Some(n as i64), "").is_none() {
                    return;
                }
                x.mode = if b.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                x.ty = elem;
            }
            TypeKind::Pointer(p) => {
                let TypeKind::Array(n, elem) = self.prog.types.under(p).clone() else {
                    let s = self.operand_string(&b);
                    self.error(self.lbrack_at(base, x.expr), format!("cannot index {s}"));
                    return;
                };
                if self.index_value(index, Some(n as i64), "").is_none() {
                    return;
                }
                x.mode = OpMode::Variable;
                x.ty = elem;
            }
            TypeKind::Slice(elem) => {
                if self.index_value(index, None, "").is_none() {
                    return;
                }
                x.mode = OpMode::Variable;
                x.ty = elem;
            }
            TypeKind::Map(k, v) => {
                let mut key = self.expr(index, None);
                self.assignment(&mut key, Some(k), "map index");
                if !key.is_valid() {
                    return;
                }
                x.mode = OpMode::MapIndex;
                x.ty = v;
            }
            _ => {
                let s = self.operand_string(&b);
                self.error(self.lbrack_at(base, x.expr), format!("cannot index {s}"));
                self.use_exprs(std::slice::from_ref(index));
            }
        }
    }

    pub(crate) fn slice_expr(
        &mut self,
        x: &mut Operand<'a>,
        base: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        three: bool,
    ) {
        let b = self.expr(base, None);
        let idx: Vec<&'a Expr> = [lo, hi, max].into_iter().flatten().collect();
        if !b.is_valid() {
            for e in idx {
                let _ = self.raw_expr(e, None);
            }
            return;
        }
        let mut length: Option<i64> = None;
        match self.prog.types.under(b.ty).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                if three {
                    self.error(
                        self.at(x.expr),
                        "invalid operation: 3-index slice of string",
                    );
                    return;
                }
                if let (OpMode::Constant, Some(ConstValue::String(s))) = (b.mode, &b.val) {
                    length = Some(s.len() as i64);
                }
                x.mode = OpMode::Value;
                x.ty = if self.prog.types.is_untyped(b.ty) {
                    self.basic(BasicKind::String)
                } else {
                    b.ty
                };
                if self.prog.types.is_untyped(b.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(&b, st);
                }
            }
            TypeKind::Array(n, elem) => {
                if b.mode != OpMode::Variable {
                    let s = self.operand_string(&b);
                    self.error(
                        self.at(x.expr),
                        format!("invalid operation: cannot slice unaddressable value {s}"),
                    );
                    return;
                }
                self.mark_addr_taken(base);
                length = Some(n as i64);
                x.mode = OpMode::Value;
                x.ty = self.prog.types.slice(elem);
            }
            TypeKind::Pointer(p) => match self.prog.types.under(p).clone() {
                TypeKind::Array(n, elem) => {
                    length = Some(n as i64);
                    x.mode = OpMode::Value;
                    x.ty = self.prog.types.slice(elem);
                }
                _ => {
                    let s = self.operand_string(&b);
                    self.error(self.at(x.expr), format!("cannot slice {s}"));
                    return;
                }
            },
            TypeKind::Slice(_) => {
                x.mode = OpMode::Value;
                x.ty = b.ty;
            }
            _ => {
                let s = self.operand_string(&b);
                self.error(self.at(x.expr), format!("cannot slice {s}"));
                return;
            }
        }
        if three && (hi.is_none() || max.is_none()) {
            self.error(self.at(x.expr), "middle index required in 3-index slice");
        }
        let cap = length.map(|l| l + 1);
        let mut vals: Vec<(i64, &'a Expr)> = Vec::new();
        for e in [lo, hi, max].into_iter().flatten() {
            match self.index_value(e, cap, "") {
                Some(Some(v)) => vals.push((v, e)),
                Some(None) => {}
                None => {
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        }
        for w in vals.windows(2) {
            if w[1].0 < w[0].0 {
                self.error(
                    w[1].1.span,
                    format!("invalid slice indices: {} < {}", w[1].0, w[0].0),
                );
                break;
            }
        }
    }

    pub(crate) fn composite_lit(
        &mut self,
        x: &mut Operand<'a>,
        ty: Option<&'a Expr>,
        elts: &'a [Element],
        rbrace: Span,
        hint: Option<TypeId>,
    ) {
        let inv = self.invalid();
        let (typ, base) = match ty {
            Some(t) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &t.kind {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        // [...]T: the length is the number of elements.
                        let et = self.typ(elem);
                        let n = self.array_lit_len(elts, et);
                        let at = self.prog.types.intern(TypeKind::Array(n, et));
                        self.record(t.id, crate::check::info::Mode::Type, at, None);
                        x.mode = OpMode::Value;
                        x.ty = at;
                        return;
                    }
                }
                let t = self.typ(t);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let base = match self.prog.types.kind(h) {
                        TypeKind::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, base)
                }
                None => {
                    self.error(
                        self.at(x.expr),
                        "invalid composite literal type: missing type",
                    );
                    return;
                }
            },
        };
        if self.prog.types.is_invalid(typ) {
            for el in elts {
                let _ = self.raw_expr(&el.value, None);
            }
            return;
        }
        match self.prog.types.under(base).clone() {
            TypeKind::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = vec![false; fields.len()];
                    for el in elts {
                        let Some(key) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let ExprKind::Ident(kid) = &key.kind else {
                            let _ = self.raw_expr(&el.value, None);
                            let ks = self.estr(key);
                            self.error(
                                key.span,
                                format!("invalid field name {ks} in struct literal"),
                            );
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            let _ = self.raw_expr(&el.value, None);
                            let bs = self.tstr(base);
                            self.error(
                                key.span,
                                format!(
                                    "unknown field {} in struct literal of type {bs}",
                                    kid.name
                                ),
                            );
                            continue;
                        };
                        let ft = fields[i].ty;
                        let mut v = self.expr(&el.value, Some(ft));
                        self.assignment(&mut v, Some(ft), "struct literal");
                        if seen[i] {
                            self.error(
                                key.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        seen[i] = true;
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if el.key.is_some() {
                            self.error(
                                el.key.as_ref().map_or(el.value.span, |k| k.span),
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let ft = fields.get(i).map(|f| f.ty);
                        let mut v = self.expr(&el.value, ft);
                        let Some(ft) = ft else {
                            let bs = self.tstr(base);
                            self.error(
                                el.value.span,
                                format!("too many values in struct literal of type {bs}"),
                            );
                            break;
                        };
                        let f = &fields[i];
                        let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                        let local = self
                            .prog
                            .types
                            .named(base)
                            .is_none_or(|n| n.pkg_path.as_deref() == Some(&*self.pkg_path()));
                        if !exported && !local {
                            let bs = self.tstr(base);
                            self.error(el.value.span, format!("implicit assignment to unexported field {} in struct literal of type {bs}", f.name));
                            continue;
                        }
                        self.assignment(&mut v, Some(ft), "struct literal");
                    }
                    if elts.len() < fields.len() {
                        let bs = self.tstr(base);
                        let foreign = self
                            .prog
                            .types
                            .named(base)
                            .is_some_and(|n| n.pkg_path.as_deref() != Some(&*self.pkg_path()));
                        let unexported = foreign
                            && fields
                                .iter()
                                .any(|f| !f.name.chars().next().is_some_and(char::is_uppercase));
                        let hint = if unexported {
                            " (type has unexported fields - use key:value pairs)"
                        } else {
                            ""
                        };
                        self.error(
                            rbrace,
                            format!("too few values in struct literal of type {bs}{hint}"),
                        );
                    }
                }
            }
            TypeKind::Array(n, elem) => {
                self.indexed_elts(elts, elem, Some(n as i64));
            }
            TypeKind::Slice(elem) => {
                self.indexed_elts(elts, elem, None);
            }
            TypeKind::Map(k, v) => {
                let mut keys: Vec<ConstValue> = Vec::new();
                for el in elts {
                    let Some(key) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        let _ = self.raw_expr(&el.value, Some(v));
                        continue;
                    };
                    let mut kx = self.expr(key, Some(k));
                    self.assignment(&mut kx, Some(k), "map literal");
                    if kx.is_valid() && kx.is_const() {
                        if let Some(kv) = &kx.val {
                            if keys.contains(kv) {
                                let ks = self.estr(key);
                                self.error(key.span, format!("duplicate key {ks} in map literal"));
                            } else {
                                keys.push(kv.clone());
                            }
                        }
                    }
                    let mut vx = self.expr(&el.value, Some(v));
                    self.assignment(&mut vx, Some(v), "map literal");
                }
            }
            _ => {
                for el in elts {
                    let _ = self.raw_expr(&el.value, None);
                }
                let ts = self.tstr(typ);
                self.error(
                    self.at(x.expr),
                    format!("invalid composite literal type {ts}"),
                );
                return;
            }
        }
        let _ = inv;
        x.mode = OpMode::Value;
        x.ty = typ;
    }

    fn array_lit_len(&mut self, elts: &'a [Element], elem: TypeId) -> u64 {
        self.indexed_elts(elts, elem, None).max(0) as u64
    }

    /// Elements of an array or slice literal; returns the length implied.
    fn indexed_elts(&mut self, elts: &'a [Element], elem: TypeId, len: Option<i64>) -> i64 {
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elts {
            let mut valid_index = false;
            if let Some(k) = &el.key {
                match self.index_value(k, len, "") {
                    Some(Some(i)) => {
                        index = i;
                        valid_index = true;
                    }
                    Some(None) => {
                        let ks = self.estr(k);
                        self.error(k.span, format!("index {ks} must be integer constant"));
                    }
                    None => {}
                }
            } else if let Some(l) = len {
                if index >= l {
                    self.error(
                        el.value.span,
                        format!("index {index} is out of bounds (>= {l})"),
                    );
                } else {
                    valid_index = true;
                }
            } else {
                valid_index = true;
            }
            if valid_index && !seen.insert(index) {
                let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
                self.error(
                    at,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index += 1;
            max = max.max(index);
            let mut v = self.expr(&el.value, Some(elem));
            let _ = unparen(&el.value);
            self.assignment(&mut v, Some(elem), "array or slice literal");
        }
        max
    }
}
