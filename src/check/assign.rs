//! Assignability, conversions and the typing of untyped values: what may be
//! stored where (Go spec "Assignability"), explicit conversions `T(x)`
//! ("Conversions"), and go/types' implicit conversion of untyped operands to
//! the type their context demands, recorded back into the expression tree.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::Mode;
use crate::check::ops::{representable, ReprError};
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{BinOp, Expr, ExprKind, UnOp};

impl<'a> Checker<'a> {
    /// The type an untyped value gets when nothing else decides.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.prog.types.kind(t) {
            TypeKind::Basic(k) => self.basic(match k {
                BasicKind::UntypedBool => BasicKind::Bool,
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Int32,
                BasicKind::UntypedFloat => BasicKind::Float64,
                BasicKind::UntypedComplex => BasicKind::Complex128,
                BasicKind::UntypedString => BasicKind::String,
                k => *k,
            }),
            _ => t,
        }
    }

    /// go/types' implicitTypeAndValue: the type (and value) an untyped `x`
    /// takes in a context of type `target`, or why it cannot.
    fn implicit_type(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<crate::check::constant::ConstValue>), ReprError> {
        let t = &self.prog.types;
        if !x.is_valid() || !t.is_untyped(x.ty) || t.is_invalid(target) {
            return Ok((x.ty, None));
        }
        if t.is_untyped(target) {
            // Both untyped: the "larger" numeric kind wins.
            let (a, b) = (t.basic_kind(x.ty), t.basic_kind(target));
            if let (Some(a), Some(b)) = (a, b) {
                if a.is_numeric() && b.is_numeric() {
                    return Ok((if a >= b { x.ty } else { target }, None));
                }
                if a == b {
                    return Ok((x.ty, None));
                }
            }
            return Err(ReprError::Invalid);
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ReprError::Invalid)
            };
        }
        match t.under(target) {
            TypeKind::Basic(k) => {
                if x.is_const() {
                    let v = x.val.as_ref().ok_or(ReprError::Invalid)?;
                    // A constant's kind must match the target's family.
                    let xk = t.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                    let family_ok = (xk.is_numeric() && k.is_numeric())
                        || (xk.is_string() && k.is_string())
                        || (xk.is_boolean() && k.is_boolean());
                    if !family_ok {
                        return Err(ReprError::Invalid);
                    }
                    let v = representable(v, *k)?;
                    return Ok((target, Some(v)));
                }
                let xk = t.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprError::Invalid)
                }
            }
            TypeKind::Interface(m) => {
                if !m.is_empty() {
                    // Only the default type can satisfy; checked by assignability.
                }
                Ok((self.default_type(x.ty), None))
            }
            _ => Err(ReprError::Invalid),
        }
    }

    /// Converts untyped `x` to `target` if possible (updating recorded
    /// types); returns false without reporting if not.
    pub(crate) fn convert_untyped(&mut self, x: &Operand<'a>, target: TypeId) -> bool {
        let mut y = x.clone();
        self.convert_untyped_quiet(&mut y, target).is_ok()
    }

    fn convert_untyped_quiet(
        &mut self,
        x: &mut Operand<'a>,
        target: TypeId,
    ) -> Result<(), ReprError> {
        let (t, v) = self.implicit_type(x, target)?;
        if let Some(v) = v {
            x.val = Some(v);
        }
        if t != x.ty {
            x.ty = t;
            self.update_expr_type(x.expr, t);
        }
        if let Some(v) = &x.val {
            if let Some(tv) = self.prog.types_of.get_mut(x.expr.id) {
                tv.value = Some(v.clone());
            }
        }
        Ok(())
    }

    /// Converts untyped `x` to `target`, reporting gc's error on failure.
    pub(crate) fn convert_untyped_report(&mut self, x: &mut Operand<'a>, target: TypeId) {
        if let Err(code) = self.convert_untyped_quiet(x, target) {
            let t = if self.prog.types.is_named(target) {
                self.prog.types.underlying(target)
            } else {
                target
            };
            self.invalid_conversion(code, x, t);
            x.mode = OpMode::Invalid;
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ReprError, x: &Operand<'a>, target: TypeId) {
        let s = self.operand_string(x);
        let ts = self.tstr(target);
        let msg = match code {
            ReprError::Truncated => format!("{s} truncated to {ts}"),
            ReprError::Overflow => format!("{s} overflows {ts}"),
            ReprError::Invalid => format!("cannot convert {s} to type {ts}"),
        };
        self.error(self.at(x.expr), msg);
    }

    /// Records the final type of an untyped expression tree: the root gets
    /// `t`; operands of untyped arithmetic and the left side of a
    /// non-constant shift follow (go/types' updateExprType).
    pub(crate) fn update_expr_type(&mut self, e: &'a Expr, t: TypeId) {
        let Some(old) = self.prog.types_of.get(e.id).cloned() else {
            return;
        };
        if !self.prog.types.is_untyped(old.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary {
                op: UnOp::Neg | UnOp::Pos | UnOp::Xor | UnOp::Not,
                x,
            } if old.value.is_none() => self.update_expr_type(x, t),
            ExprKind::Binary { op, x, y, .. } if old.value.is_none() => {
                if crate::check::ops::is_comparison(*op) {
                    // Operands keep their own types.
                } else if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.update_expr_type(x, t);
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        // The left operand of a non-constant shift must end up an integer.
        if self.shift_lhs.contains(&e.id)
            && !self.prog.types.is_untyped(t)
            && !self
                .prog
                .types
                .basic_kind(t)
                .is_some_and(|k| k.is_integer())
        {
            if let ExprKind::Binary { x, .. } = &e.kind {
                let xs = self.estr(x);
                let ts = self.tstr(t);
                self.error(
                    x.span,
                    format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"),
                );
            }
        }
        let mut value = old.value.clone();
        if let (Some(v), Some(k)) = (&value, self.prog.types.basic_kind(t)) {
            if !k.is_untyped() {
                value = representable(v, k).ok().or(value);
            }
        }
        let mode = if old.mode == Mode::Constant && value.is_some() {
            Mode::Constant
        } else {
            old.mode
        };
        self.record(e.id, mode, t, value);
    }

    /// Whether `x` may be assigned to a variable of type `t`; `cause` gets
    /// gc's explanation when not.
    pub(crate) fn assignable_cause(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        let v = x.ty;
        let types = &self.prog.types;
        if v == t || types.is_invalid(v) || types.is_invalid(t) {
            return true;
        }
        let (vu, tu) = (types.underlying(v), types.underlying(t));
        if types.is_untyped(v) {
            return self.implicit_type(x, t).is_ok() && {
                // Untyped values assigned to a non-empty interface must implement it.
                if types.is_interface(t) && !x.is_nil() {
                    let d = self.default_type(v);
                    self.missing_method_cause(d, t, true).is_none()
                } else {
                    true
                }
            };
        }
        let has_name =
            |ty: TypeId| types.is_named(ty) || matches!(types.kind(ty), TypeKind::Basic(_));
        if vu == tu && (!has_name(v) || !has_name(t)) {
            return true;
        }
        if types.is_interface(t) {
            if let Some(c) = self.missing_method_cause(v, t, true) {
                *cause = format!("{} does not implement {} {c}", self.tstr(v), self.tstr(t));
                return false;
            }
            return true;
        }
        let (v_iface, both_named) = (types.is_interface(v), has_name(v) && has_name(t));
        let chans = match (types.kind(vu), types.kind(tu)) {
            (TypeKind::Chan(crate::syntax::ast::ChanDir::Both, ve), TypeKind::Chan(_, te)) => {
                Some(ve == te)
            }
            _ => None,
        };
        if v_iface && self.missing_method_cause(t, v, true).is_none() {
            *cause = "need type assertion".into();
            return false;
        }
        if chans == Some(true) {
            return !both_named;
        }
        false
    }

    pub(crate) fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId) -> bool {
        let mut c = String::new();
        self.assignable_cause(x, t, &mut c)
    }

    /// Checks that `x` can be assigned to type `t` (`None` for `_`) in
    /// `context` ("assignment", "argument", "return statement", "variable
    /// declaration"...), converting untyped values and recording implicit
    /// conversions. Invalidates `x` on error.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        *x = self.single_value(x.clone());
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk
            | OpMode::Nil => {}
            _ => {
                let s = self.operand_string(x);
                let ts = t.map(|t| self.tstr(t)).unwrap_or_default();
                self.error(
                    self.at(x.expr),
                    format!("cannot assign {s} to {ts} in {context}"),
                );
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.prog.types.is_untyped(x.ty) {
            if x.is_nil() && t.is_none() {
                self.error(self.at(x.expr), format!("use of untyped nil in {context}"));
                x.mode = OpMode::Invalid;
                return;
            }
            let target = match t {
                None => self.default_type(x.ty),
                Some(t) if self.prog.types.is_interface(t) && !x.is_nil() => {
                    self.default_type(x.ty)
                }
                Some(t) => t,
            };
            if let Err(code) = self.convert_untyped_quiet(x, target) {
                let s = self.operand_string(x);
                let ts = self.target_str(target);
                let mut msg = format!("cannot use {s} as {ts} value in {context}");
                match code {
                    ReprError::Truncated => msg.push_str(" (truncated)"),
                    ReprError::Overflow => msg.push_str(" (overflows)"),
                    ReprError::Invalid => {}
                }
                self.error(self.at(x.expr), msg);
                x.mode = OpMode::Invalid;
                return;
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_cause(x, t, &mut cause) {
            let s = self.operand_string(x);
            let ts = self.target_str(t);
            let msg = if cause.is_empty() {
                format!("cannot use {s} as {ts} value in {context}")
            } else {
                format!("cannot use {s} as {ts} value in {context}: {cause}")
            };
            self.error(self.at(x.expr), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if x.ty != t
            && (self.prog.types.is_interface(t)
                || x.is_nil()
                || matches!(self.prog.types.under(t), TypeKind::Chan(..)))
        {
            self.prog.conversions.insert(x.expr.id, t);
        }
        if x.is_nil() {
            self.record(x.expr.id, Mode::Value, t, None);
        }
    }

    /// An assignment's target type as types2 spells it (`byte`, `rune` kept).
    fn target_str(&self, t: TypeId) -> String {
        match (&self.target_display, self.prog.types.kind(t)) {
            (Some(d), _) => d.clone(),
            _ => self.tstr(t),
        }
    }

    /// The explicit conversion `T(x)`.
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId, call: &'a Expr) {
        let const_arg = x.is_const();
        let tk = self.prog.types.basic_kind(t);
        let is_const_type =
            tk.is_some_and(|k| k != BasicKind::Invalid && k != BasicKind::UntypedNil);
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && is_const_type {
            let k = tk.unwrap_or(BasicKind::Invalid);
            let v = x.val.clone();
            let xk = self
                .prog
                .types
                .basic_kind(x.ty)
                .unwrap_or(BasicKind::Invalid);
            if let Some(v) = v {
                let family_ok = (xk.is_numeric() && k.is_numeric())
                    || (xk.is_string() && k.is_string())
                    || (xk.is_boolean() && k.is_boolean());
                match representable(&v, k) {
                    Ok(nv) if family_ok => {
                        x.val = Some(nv);
                        ok = true;
                    }
                    _ if xk.is_integer() && k.is_string() => {
                        let cp = v
                            .to_int()
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        x.val = Some(crate::check::constant::ConstValue::String(
                            cp.to_string().into_bytes().into(),
                        ));
                        ok = true;
                    }
                    _ => {
                        if xk.is_integer() && k.is_integer() {
                            let ts = self.tstr(t);
                            self.error(
                                self.at(x.expr),
                                format!("constant {} overflows {ts}", v.describe()),
                            );
                            x.mode = OpMode::Invalid;
                            return;
                        }
                    }
                }
            }
        } else if self.convertible(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let s = self.operand_string(x);
            let ts = self.tstr(t);
            if cause.is_empty() {
                self.error(self.at(x.expr), format!("cannot convert {s} to type {ts}"));
            } else {
                self.error(
                    self.at(x.expr),
                    format!("cannot convert {s} to type {ts}: {cause}"),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if self.prog.types.is_untyped(x.ty) {
            let mut fin = t;
            if self.prog.types.is_interface(t) || (const_arg && !is_const_type) {
                fin = self.default_type(x.ty);
            }
            if x.is_nil() {
                fin = t;
            }
            self.update_expr_type(x.expr, fin);
        }
        x.ty = t;
        x.expr = call;
        if x.mode == OpMode::Constant {
            // typed constant: already representable
        }
    }

    fn convertible(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if self.assignable_to(x, t) {
            return true;
        }
        let types = &self.prog.types;
        let (v, vu, tu) = (x.ty, types.underlying(x.ty), types.underlying(t));
        if struct_identical_ignoring_tags(types, vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (types.kind(v), types.kind(t)) {
            if struct_identical_ignoring_tags(types, types.underlying(*a), types.underlying(*b)) {
                return true;
            }
        }
        let (vk, tk) = (types.basic_kind(v), types.basic_kind(t));
        if let (Some(a), Some(b)) = (vk, tk) {
            // Integers and floats convert among themselves, complex
            // numbers only to complex types.
            let real = |k: BasicKind| k.is_integer() || k.is_float();
            if (real(a) && real(b)) || (a.is_complex() && b.is_complex()) {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        let bytes_or_runes = |ty: TypeId| match types.under(ty) {
            TypeKind::Slice(e) => {
                matches!(
                    types.basic_kind(*e),
                    Some(BasicKind::Uint8 | BasicKind::Int32)
                ) && !types.is_named(*e)
                    || matches!(
                        types.kind(*e),
                        TypeKind::Basic(BasicKind::Uint8 | BasicKind::Int32)
                    )
            }
            _ => false,
        };
        if tk.is_some_and(|k| k.is_string()) && bytes_or_runes(v) {
            return true;
        }
        if vk.is_some_and(|k| k.is_string()) && bytes_or_runes(t) {
            return true;
        }
        // Slice to array or array pointer.
        if let TypeKind::Slice(se) = types.kind(vu) {
            match types.kind(tu) {
                TypeKind::Array(_, ae) if ae == se => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(_, ae) = types.under(*p) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        let _ = cause;
        false
    }

    /// Checks an assignment target `lhs` and returns its type (`None` for `_`).
    pub(crate) fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let inner = unparen(lhs);
        if let ExprKind::Ident(id) = &inner.kind {
            if id.is_blank() {
                let inv = self.invalid();
                self.record(lhs.id, Mode::Variable, inv, None);
                return None;
            }
        }
        // Assigning to a variable is not a use of it.
        let mut saved = None;
        if let ExprKind::Ident(id) = &inner.kind {
            if let Some(o) = self.lookup(&id.name) {
                if let Some(v) = self.obj(o).var_info() {
                    saved = Some((o, v.used));
                }
            }
        }
        let x = self.expr(lhs, None);
        if let Some((o, used)) = saved {
            if let Some(v) = self.var_mut(o) {
                v.used = used;
            }
        }
        if !x.is_valid() {
            return Some(self.invalid());
        }
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector { x: base, .. } = &inner.kind {
                    if self
                        .prog
                        .types_of
                        .get(base.id)
                        .is_some_and(|t| t.mode == Mode::MapIndex)
                    {
                        let es = self.estr(lhs);
                        self.error(
                            lhs.span,
                            format!("cannot assign to struct field {es} in map"),
                        );
                        return Some(self.invalid());
                    }
                }
                let es = self.estr(lhs);
                let desc = self.operand_string(&x);
                let _ = desc;
                self.error(
                    lhs.span,
                    format!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                Some(self.invalid())
            }
        }
    }
}

/// Identical underlying types, ignoring struct tags (for conversions).
fn struct_identical_ignoring_tags(
    types: &crate::check::types::TypeTable,
    a: TypeId,
    b: TypeId,
) -> bool {
    if a == b {
        return true;
    }
    match (types.kind(a), types.kind(b)) {
        (TypeKind::Struct(fa), TypeKind::Struct(fb)) => {
            fa.len() == fb.len()
                && fa
                    .iter()
                    .zip(fb)
                    .all(|(x, y)| x.name == y.name && x.embedded == y.embedded && x.ty == y.ty)
        }
        _ => false,
    }
}
