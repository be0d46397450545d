//! Unary operators (`-x`, `!x`, `^x`, `&x`, `<-ch`), dereference (`*p`,
//! or a pointer type `*T`) and type assertions (`x.(T)`): go/types'
//! `unary` and `typeAssertion`, plus the address-taken marking the
//! interpreter uses to decide which variables escape.
//!
//! Called from the expression dispatcher in `expr`; binary operators and
//! constant folding are in `ops`.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::types::TypeKind;
use crate::syntax::ast::{ChanDir, Expr, ExprKind, UnOp};

impl<'a> Checker<'a> {
    pub(super) fn star(&mut self, x: &mut Operand<'a>, inner: &'a Expr) {
        let y = self.raw_expr(inner, None);
        match y.mode {
            OpMode::Invalid => {}
            OpMode::TypeExpr => {
                x.mode = OpMode::TypeExpr;
                x.ty = self.prog.types.pointer(y.ty);
            }
            OpMode::Nil => self.error(inner.span, "invalid operation: cannot indirect nil"),
            _ => {
                let y = self.single_value(y);
                if !y.is_valid() {
                    return;
                }
                match self.prog.types.pointer_elem(y.ty) {
                    Some(elem) => {
                        x.mode = OpMode::Variable;
                        x.ty = elem;
                    }
                    None => {
                        let s = self.operand_string(&y);
                        self.error(
                            inner.span,
                            format!("invalid operation: cannot indirect {s}"),
                        );
                    }
                }
            }
        }
    }

    pub(super) fn unary(&mut self, x: &mut Operand<'a>, op: UnOp, inner: &'a Expr) {
        if op == UnOp::Addr {
            let is_lit = matches!(unparen(inner).kind, ExprKind::CompositeLit { .. });
            let y = self.expr(inner, None);
            if !y.is_valid() {
                return;
            }
            if !is_lit && y.mode != OpMode::Variable {
                let s = self.operand_string(&y);
                self.error(
                    inner.span,
                    format!("invalid operation: cannot take address of {s}"),
                );
                return;
            }
            self.mark_addr_taken(inner);
            x.mode = OpMode::Value;
            x.ty = self.prog.types.pointer(y.ty);
            return;
        }
        let y = self.expr(inner, None);
        if !y.is_valid() {
            return;
        }
        if op == UnOp::Recv {
            match self.prog.types.under(y.ty).clone() {
                TypeKind::Chan(dir, elem) => {
                    if dir == ChanDir::Send {
                        let s = self.operand_string(&y);
                        self.error(
                            inner.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {} {s}",
                                self.tstr(y.ty)
                            ),
                        );
                        return;
                    }
                    x.mode = OpMode::CommaOk;
                    x.ty = elem;
                }
                _ => {
                    let s = self.operand_string(&y);
                    self.error(
                        inner.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {} {s}",
                            self.tstr(y.ty)
                        ),
                    );
                }
            }
            return;
        }
        let k = self.prog.types.basic_kind(y.ty);
        let ok = match op {
            UnOp::Pos | UnOp::Neg => k.is_some_and(|k| k.is_numeric()),
            UnOp::Xor => k.is_some_and(|k| k.is_integer()),
            UnOp::Not => k.is_some_and(|k| k.is_boolean()),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(&y);
            self.error(
                self.at(y.expr),
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return;
        }
        x.ty = y.ty;
        x.mode = OpMode::Value;
        if let (OpMode::Constant, Some(v)) = (y.mode, &y.val) {
            let r = self.const_unary(op, v, y.ty);
            x.mode = OpMode::Constant;
            x.val = Some(r);
            self.check_overflow(x, Some("bitwise complement").filter(|_| op == UnOp::Xor));
        }
    }

    /// Marks the variable at the root of an addressable expression as having
    /// its address taken (`&x`, `&x.f`, `&x[i]` of an array, `x[:]`).
    pub(crate) fn mark_addr_taken(&mut self, e: &'a Expr) {
        let e = unparen(e);
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.prog.uses.get(id.id).copied() {
                    if let Some(v) = self.var_mut(o) {
                        v.addr_taken = true;
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                // Only through value fields: `p.f` with p a pointer is addressable anyway.
                let is_ptr = self
                    .prog
                    .types_of
                    .get(x.id)
                    .is_some_and(|t| self.prog.types.pointer_elem(t.ty).is_some());
                if !is_ptr {
                    self.mark_addr_taken(x);
                }
            }
            ExprKind::Index { x, .. } => {
                let is_array =
                    self.prog.types_of.get(x.id).is_some_and(|t| {
                        matches!(self.prog.types.under(t.ty), TypeKind::Array(..))
                    });
                if is_array {
                    self.mark_addr_taken(x);
                }
            }
            _ => {}
        }
    }

    pub(super) fn type_assert(
        &mut self,
        x: &mut Operand<'a>,
        base: &'a Expr,
        ty: Option<&'a Expr>,
    ) {
        let y = self.expr(base, None);
        let Some(ty) = ty else {
            self.error(
                self.at(x.expr),
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return;
        };
        if !y.is_valid() {
            self.typ(ty);
            return;
        }
        if !self.prog.types.is_interface(y.ty) {
            let s = self.operand_string(&y);
            self.error(
                base.span,
                format!("invalid operation: {s} is not an interface"),
            );
            self.typ(ty);
            return;
        }
        let t = self.typ(ty);
        if self.prog.types.is_invalid(t) {
            return;
        }
        if !self.prog.types.is_interface(t) {
            if let Some(cause) = self.missing_method_cause(t, y.ty, false) {
                let es = self.estr(x.expr);
                let msg = format!(
                    "impossible type assertion: {es}\n\t{} does not implement {} {cause}",
                    self.tstr(t),
                    self.tstr(y.ty)
                );
                self.error(self.at(x.expr), msg);
                return;
            }
        }
        x.mode = OpMode::CommaOk;
        x.ty = t;
    }
}
