//! Binary operators, comparisons, shifts, and exact constant folding with
//! go/types' rules: untyped operands take the other side's type, typed
//! constants must stay representable, division by a constant zero and
//! oversized shifts are errors.

use crate::check::checker::Checker;
use crate::check::constant::{int_range, ConstValue};
use crate::check::expr::{OpMode, Operand};
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{BinOp, Expr, UnOp};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub(crate) fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq
    )
}

impl<'a> Checker<'a> {
    pub(crate) fn binary(
        &mut self,
        x: &mut Operand<'a>,
        op: BinOp,
        l: &'a Expr,
        r: &'a Expr,
        e: &'a Expr,
    ) {
        let lx = self.expr(l, None);
        let y = self.expr(r, None);
        if !lx.is_valid() || !y.is_valid() {
            return;
        }
        let mut lx = lx;
        let mut y = y;
        self.binary_operands(&mut lx, &mut y, op, Some(e));
        x.mode = lx.mode;
        x.ty = lx.ty;
        x.val = lx.val;
    }

    /// Applies `op` to `x` and `y` (already checked); the result replaces `x`.
    /// `e` is the binary expression, `None` for `x op= y`.
    pub(crate) fn binary_operands(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinOp,
        e: Option<&'a Expr>,
    ) {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            self.shift(x, y, op, e);
            return;
        }
        self.match_types(x, y);
        if !x.is_valid() {
            return;
        }
        if is_comparison(op) {
            self.comparison(x, y, op, e, false);
            return;
        }
        if x.ty != y.ty {
            if !self.prog.types.is_invalid(x.ty) && !self.prog.types.is_invalid(y.ty) {
                let (xs, ys) = (self.tstr_at(x.ty, x.expr), self.tstr_at(y.ty, y.expr));
                let what = match e {
                    Some(e) => self.estr(e),
                    None => format!(
                        "{} {}= {}",
                        self.estr(x.expr),
                        op.as_str(),
                        self.estr(y.expr)
                    ),
                };
                self.error(
                    self.at(x.expr),
                    format!("invalid operation: {what} (mismatched types {xs} and {ys})"),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let k = self.prog.types.basic_kind(x.ty);
        let ok = match op {
            BinOp::Add => k.is_some_and(|k| k.is_numeric() || k.is_string()),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => k.is_some_and(|k| k.is_numeric()),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                k.is_some_and(|k| k.is_integer())
            }
            BinOp::LAnd | BinOp::LOr => k.is_some_and(|k| k.is_boolean()),
            _ => false,
        };
        if !ok {
            self.operand_error(x, |s| {
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                )
            });
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinOp::Quo | BinOp::Rem)
            && (x.is_const() || k.is_some_and(|k| k.is_integer()))
            && y.is_const()
            && y.val
                .as_ref()
                .and_then(|v| v.to_rat())
                .is_some_and(|r| r.is_zero())
        {
            self.error(self.at(y.expr), "invalid operation: division by zero");
            x.mode = OpMode::Invalid;
            return;
        }
        if x.is_const() && y.is_const() {
            let (Some(a), Some(b)) = (x.val.clone(), y.val.clone()) else {
                return;
            };
            let int_div = k.is_some_and(|k| k.is_integer());
            match const_binary(op, &a, &b, int_div) {
                Some(v) => {
                    x.val = Some(v);
                    if let Some(e) = e {
                        x.expr = e;
                    }
                    let name = match op {
                        BinOp::Add => Some("addition"),
                        BinOp::Sub => Some("subtraction"),
                        BinOp::Xor => Some("bitwise XOR"),
                        BinOp::Mul => Some("multiplication"),
                        _ => None,
                    };
                    self.check_overflow(x, name);
                }
                None => {
                    self.error(self.at(x.expr), "constant result is not representable");
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        x.mode = OpMode::Value;
    }

    /// go/types' matchTypes: converts an untyped operand to the other's type.
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let t = &self.prog.types;
        let (xu, yu) = (t.is_untyped(x.ty), t.is_untyped(y.ty));
        if !xu && !yu {
            return;
        }
        let num = |ty: TypeId| t.basic_kind(ty).is_some_and(|k| k.is_numeric());
        let boo = |ty: TypeId| t.basic_kind(ty).is_some_and(|k| k.is_boolean());
        let st = |ty: TypeId| t.basic_kind(ty).is_some_and(|k| k.is_string());
        let may = if num(x.ty) != num(y.ty) {
            false
        } else if t.is_interface(x.ty) || t.is_interface(y.ty) {
            true
        } else if boo(x.ty) != boo(y.ty) || st(x.ty) != st(y.ty) {
            false
        } else if x.is_nil() {
            self.has_nil(y.ty)
        } else if y.is_nil() {
            self.has_nil(x.ty)
        } else {
            !matches!(t.under(x.ty), TypeKind::Pointer(_))
                && !matches!(t.under(y.ty), TypeKind::Pointer(_))
        };
        if may {
            let yt = y.ty;
            self.convert_untyped_report(x, yt);
            if !x.is_valid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped_report(y, xt);
            if !y.is_valid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.prog.types.under(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
        ) || t == self.basic(BasicKind::UntypedNil)
    }

    /// `x op y` for a comparison; `switch_case` words the error for `case`.
    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinOp,
        e: Option<&'a Expr>,
        switch_case: bool,
    ) {
        if self.prog.types.is_invalid(x.ty) || self.prog.types.is_invalid(y.ty) {
            x.mode = OpMode::Invalid;
            return;
        }
        let _ = e;
        let mut err_on_y = false;
        let mut cause = String::new();
        let mut failed = false;
        if !self.assignable_to(x, y.ty) && !self.assignable_to(y, x.ty) {
            err_on_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.tstr_at(x.ty, x.expr),
                self.tstr_at(y.ty, y.expr)
            );
            failed = true;
        }
        if !failed {
            match op {
                BinOp::Eql | BinOp::Neq => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) || (x.is_nil() && y.is_nil()) {
                            err_on_y = true;
                            failed = true;
                        }
                    } else if !self.prog.types.comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !self.prog.types.comparable(y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    let ord = |t: TypeId| {
                        self.prog
                            .types
                            .basic_kind(t)
                            .is_some_and(|k| k.is_ordered())
                    };
                    if !ord(x.ty) {
                        failed = true;
                    } else if !ord(y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_on_y { &*y } else { &*x };
            if cause.is_empty() {
                let what = match self.prog.types.under(err_op.ty) {
                    TypeKind::Basic(_) => self.tstr_at(err_op.ty, err_op.expr),
                    k => kind_word(k).to_string(),
                };

                cause = format!("operator {} not defined on {what}", op.as_str());
            }
            let (xs, ys) = (self.estr(x.expr), self.estr(y.expr));
            if switch_case {
                self.error(
                    self.at(x.expr),
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                let span = self.at(err_op.expr);
                self.error(
                    span,
                    format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str()),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if x.is_const() && y.is_const() {
            if let (Some(a), Some(b)) = (&x.val, &y.val) {
                x.val = compare_consts(op, a, b).map(ConstValue::Bool);
            }
        } else {
            x.mode = OpMode::Value;
            let (xt, yt) = (self.default_type(x.ty), self.default_type(y.ty));
            self.update_expr_type(x.expr, xt);
            self.update_expr_type(y.expr, yt);
            x.val = None;
        }
        x.ty = self.basic(BasicKind::UntypedBool);
        if let Some(e) = e {
            x.expr = e;
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.prog.types.under(t) {
            k @ (TypeKind::Slice(_) | TypeKind::Func(_) | TypeKind::Map(..)) => {
                format!("{} can only be compared to nil", kind_word(k))
            }
            TypeKind::Struct(fs) => {
                for f in fs {
                    if !self.prog.types.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.tstr(f.ty));
                    }
                }
                String::new()
            }
            TypeKind::Array(_, e) => format!("{} cannot be compared", self.tstr(*e)),
            _ => String::new(),
        }
    }

    /// Reports `msg` (given the operand's description, see
    /// [`Checker::operand_string`]) at operand `o`.
    fn operand_error(&mut self, o: &Operand, msg: impl FnOnce(String) -> String) {
        let s = self.operand_string(o);
        self.error(self.at(o.expr), msg(s));
    }

    fn shift(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>, op: BinOp, e: Option<&'a Expr>) {
        let xint = x.val.as_ref().and_then(|v| v.to_int());
        let xk = self.prog.types.basic_kind(x.ty);
        let is_int = xk.is_some_and(|k| k.is_integer() && !k.is_untyped())
            || xk == Some(BasicKind::UntypedInt)
            || xk == Some(BasicKind::UntypedRune);
        let untyped = self.prog.types.is_untyped(x.ty);
        if !(is_int || (untyped && x.is_const() && xint.is_some())) {
            self.operand_error(x, |s| {
                format!("invalid operation: shifted operand {s} must be integer")
            });
            x.mode = OpMode::Invalid;
            return;
        }
        let mut yval: Option<BigInt> = None;
        if y.is_const() {
            let yi = y.val.as_ref().and_then(|v| v.to_int());
            if let Some(yi) = &yi {
                if yi.is_negative() {
                    self.operand_error(y, |s| {
                        format!("invalid operation: negative shift count {s}")
                    });
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
            if self.prog.types.is_untyped(y.ty) {
                if yi.is_none() {
                    self.operand_error(y, |s| format!("{s} truncated to uint"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if !self.is_integer_operand(y, "shift count") {
                x.mode = OpMode::Invalid;
                return;
            }
            yval = yi;
        } else if self
            .prog
            .types
            .basic_kind(y.ty)
            .is_some_and(|k| k.is_integer() && !k.is_untyped())
        {
        } else if self.prog.types.is_untyped(y.ty) {
            let u = self.basic(BasicKind::Uint);
            self.convert_untyped_report(y, u);
            if !y.is_valid() {
                x.mode = OpMode::Invalid;
                return;
            }
        } else {
            self.is_integer_operand(y, "shift count");
            x.mode = OpMode::Invalid;
            return;
        }
        if x.is_const() {
            if let Some(s) = yval {
                let Some(s) = s.to_u64().filter(|s| *s <= 1074) else {
                    let ys = self.operand_string(y);
                    self.error(
                        self.at(y.expr),
                        format!("invalid operation: invalid shift count {ys}"),
                    );
                    x.mode = OpMode::Invalid;
                    return;
                };
                if !xk.is_some_and(|k| k.is_integer()) {
                    x.ty = self.basic(BasicKind::UntypedInt);
                }
                let xi = xint.unwrap_or_default();
                let r = if op == BinOp::Shl {
                    xi << s as usize
                } else {
                    xi >> s as usize
                };
                x.val = Some(ConstValue::Int(r));
                if let Some(e) = e {
                    x.expr = e;
                }
                self.check_overflow(x, Some("shift").filter(|_| op == BinOp::Shl));
                return;
            }
            if untyped {
                // The constant takes the type of the context (updated later).
                x.mode = OpMode::Value;
                x.val = None;
                if let Some(e) = e {
                    self.shift_lhs.insert(e.id);
                }
                return;
            }
        }
        if !self.is_integer_operand(x, "shifted operand") {
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
    }

    /// After a constant operation: typed constants must be representable;
    /// untyped integers must stay below 512 bits.
    pub(crate) fn check_overflow(&mut self, x: &mut Operand<'a>, op_name: Option<&str>) {
        let Some(v) = x.val.clone() else { return };
        if !self.prog.types.is_untyped(x.ty) {
            let Some(k) = self.prog.types.basic_kind(x.ty) else {
                return;
            };
            match representable(&v, k) {
                Ok(v) => x.val = Some(v),
                Err(code) => {
                    let t = self.prog.types.underlying(x.ty);
                    self.invalid_conversion(code, x, t);
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        if let ConstValue::Int(i) = &v {
            if i.bits() > 512 {
                let op = op_name.map(|o| format!("{o} ")).unwrap_or_default();
                let span = match &x.expr.kind {
                    crate::syntax::ast::ExprKind::Binary { op_span, .. } => *op_span,
                    _ => self.at(x.expr),
                };
                self.error(span, format!("constant {op}overflow"));
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Whether `x` has an integer type; if not, reports gc's `invalid
    /// operation: <what> x must be integer`.
    fn is_integer_operand(&mut self, x: &Operand<'a>, what: &str) -> bool {
        let t = &self.prog.types;
        if t.basic_kind(x.ty).is_some_and(|k| k.is_integer()) {
            return true;
        }
        self.operand_error(x, |s| {
            format!("invalid operation: {what} {s} must be integer")
        });
        false
    }

    pub(crate) fn const_unary(&self, op: UnOp, v: &ConstValue, ty: TypeId) -> ConstValue {
        match (op, v) {
            (UnOp::Neg, ConstValue::Int(i)) => ConstValue::Int(-i),
            (UnOp::Neg, ConstValue::Float(r)) => ConstValue::Float(-r),
            (UnOp::Neg, ConstValue::Complex(re, im)) => ConstValue::Complex(-re, -im),
            (UnOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
            (UnOp::Xor, ConstValue::Int(i)) => {
                let k = self.prog.types.basic_kind(ty);
                match k {
                    Some(k) if k.is_unsigned() => {
                        let (_, max) = int_range(k.bits(), true);
                        ConstValue::Int(max ^ i)
                    }
                    _ => ConstValue::Int(-i - BigInt::one()),
                }
            }
            _ => v.clone(),
        }
    }
}

pub(crate) fn kind_word(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Array(..) => "array",
        TypeKind::Slice(_) => "slice",
        TypeKind::Struct(_) => "struct",
        TypeKind::Pointer(_) => "pointer",
        TypeKind::Func(_) => "func",
        TypeKind::Interface(_) => "interface",
        TypeKind::Map(..) => "map",
        TypeKind::Chan(..) => "chan",
        TypeKind::Tuple(_) => "tuple",
        _ => "",
    }
}

/// Why a constant cannot be converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReprError {
    Truncated,
    Overflow,
    Invalid,
}

/// The value of `v` as a constant of basic kind `k` (floats rounded,
/// integral floats made integers), or why it is not representable.
pub(crate) fn representable(v: &ConstValue, k: BasicKind) -> Result<ConstValue, ReprError> {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        String | UntypedString => match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        UntypedInt | UntypedRune => match v.to_int() {
            Some(i) => Ok(ConstValue::Int(i)),
            None if v.is_numeric() => Err(ReprError::Truncated),
            None => Err(ReprError::Invalid),
        },
        UntypedFloat => match v.to_rat() {
            Some(r) => Ok(ConstValue::Float(r)),
            None if v.is_numeric() => Err(ReprError::Overflow),
            None => Err(ReprError::Invalid),
        },
        Float32 | Float64 => {
            if !v.is_numeric() {
                return Err(ReprError::Invalid);
            }
            v.round_float(k.bits()).ok_or(ReprError::Overflow)
        }
        UntypedComplex => match v.to_complex() {
            Some((re, im)) => Ok(ConstValue::Complex(re, im)),
            None => Err(ReprError::Invalid),
        },
        Complex64 | Complex128 => {
            if !v.is_numeric() {
                return Err(ReprError::Invalid);
            }
            v.round_complex(k.bits()).ok_or(ReprError::Overflow)
        }
        Invalid | UntypedNil => Err(ReprError::Invalid),
        _ => {
            if !v.is_numeric() {
                return Err(ReprError::Invalid);
            }
            let Some(i) = v.to_int() else {
                return Err(ReprError::Truncated);
            };
            let (lo, hi) = int_range(k.bits(), k.is_unsigned());
            if i < lo || i > hi {
                return Err(ReprError::Overflow);
            }
            Ok(ConstValue::Int(i))
        }
    }
}

/// Exact `a op b` for constants of matching kinds; `None` if undefined.
pub(crate) fn const_binary(
    op: BinOp,
    a: &ConstValue,
    b: &ConstValue,
    int_div: bool,
) -> Option<ConstValue> {
    use ConstValue as C;
    match (a, b) {
        (C::Bool(x), C::Bool(y)) => match op {
            BinOp::LAnd => Some(C::Bool(*x && *y)),
            BinOp::LOr => Some(C::Bool(*x || *y)),
            _ => None,
        },
        (C::String(x), C::String(y)) if op == BinOp::Add => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Some(C::String(v.into()))
        }
        (C::Int(x), C::Int(y)) => Some(C::Int(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Quo => {
                if y.is_zero() {
                    return None;
                }
                if !int_div {
                    return Some(C::Float(BigRational::new(x.clone(), y.clone())));
                }
                x / y
            }
            BinOp::Rem => {
                if y.is_zero() {
                    return None;
                }
                x % y
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::AndNot => x & !y,
            _ => return None,
        })),
        (C::Complex(..), _) | (_, C::Complex(..)) => {
            let ((ar, ai), (br, bi)) = (a.to_complex()?, b.to_complex()?);
            let (re, im) = match op {
                BinOp::Add => (ar + br, ai + bi),
                BinOp::Sub => (ar - br, ai - bi),
                BinOp::Mul => (&ar * &br - &ai * &bi, &ar * &bi + &ai * &br),
                BinOp::Quo => {
                    let d = &br * &br + &bi * &bi;
                    if d.is_zero() {
                        return None;
                    }
                    ((&ar * &br + &ai * &bi) / &d, (&ai * &br - &ar * &bi) / &d)
                }
                _ => return None,
            };
            Some(C::Complex(re, im))
        }
        _ if a.is_numeric() && b.is_numeric() => {
            let (x, y) = (a.to_rat()?, b.to_rat()?);
            Some(C::Float(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Quo => {
                    if y.is_zero() {
                        return None;
                    }
                    x / y
                }
                _ => return None,
            }))
        }
        _ => None,
    }
}

/// Exact comparison of two constants.
pub(crate) fn compare_consts(op: BinOp, a: &ConstValue, b: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Ordering = match (a, b) {
        (ConstValue::Bool(x), ConstValue::Bool(y)) => {
            return match op {
                BinOp::Eql => Some(x == y),
                BinOp::Neq => Some(x != y),
                _ => None,
            }
        }
        (ConstValue::String(x), ConstValue::String(y)) => x.cmp(y),
        (ConstValue::Complex(..), _) | (_, ConstValue::Complex(..)) => {
            let same = a.to_complex()? == b.to_complex()?;
            return match op {
                BinOp::Eql => Some(same),
                BinOp::Neq => Some(!same),
                _ => None,
            };
        }
        _ => a.to_rat()?.cmp(&b.to_rat()?),
    };
    Some(match op {
        BinOp::Eql => ord == Ordering::Equal,
        BinOp::Neq => ord != Ordering::Equal,
        BinOp::Lss => ord == Ordering::Less,
        BinOp::Leq => ord != Ordering::Greater,
        BinOp::Gtr => ord == Ordering::Greater,
        BinOp::Geq => ord != Ordering::Less,
        _ => return None,
    })
}
