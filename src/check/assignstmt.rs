//! Assignments and short variable declarations: `=`, `op=`, `:=`, the
//! n:n and multi-value (`a, b = f()`) forms, comma-ok forms (`v, ok = m[k]`,
//! `<-ch`, `x.(T)`), and the initialisation of variables whose type comes
//! from their value, with gc's "assignment mismatch" messages.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{self, Expr, ExprKind, Stmt};

impl<'a> Checker<'a> {
    /// `lhs = x` for one target (after `x` is checked).
    pub(crate) fn assign_var(&mut self, lhs: &'a Expr, mut x: Operand<'a>, context: &str) {
        let t = self.lhs_var(lhs);
        if let Some(t) = t {
            if self.prog.types.is_invalid(t) {
                return;
            }
        }
        self.target_display = self.lhs_display(lhs);
        self.assignment(&mut x, t, context);
        self.target_display = None;
    }

    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (a, b) in lhs.iter().zip(rhs) {
                let t = self.lhs_var(a);
                let mut x = self.expr(b, None);
                if let Some(t) = t {
                    if self.prog.types.is_invalid(t) {
                        continue;
                    }
                }
                self.target_display = self.lhs_display(a);
                self.assignment(&mut x, t, "assignment");
                self.target_display = None;
            }
            return;
        }
        let types: Vec<Option<TypeId>> = lhs.iter().map(|a| self.lhs_var(a)).collect();
        if r != 1 {
            let ok = self.all_valid(rhs);
            if ok {
                self.assign_mismatch(rhs, l, r);
            }
            return;
        }
        let (mut xs, comma_ok) = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            for (x, t) in xs.iter_mut().zip(&types) {
                if let Some(t) = t {
                    if self.prog.types.is_invalid(*t) {
                        continue;
                    }
                }
                self.assignment(x, *t, "assignment");
            }
            if comma_ok {
                self.record_comma_ok(&rhs[0], &xs);
            }
            return;
        }
        if xs.first().is_some_and(|x| x.is_valid()) {
            self.assign_mismatch(rhs, l, xs.len());
        }
    }

    pub(crate) fn assign_mismatch(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &unparen(&rhs[0]).kind {
                let fs = self.estr(fun);
                self.error(
                    rhs[0].span,
                    format!("assignment mismatch: {vars} but {fs} returns {vals}"),
                );
                return;
            }
        }
        self.error(
            rhs[0].span,
            format!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// A single rhs expression giving several values: a multi-value call, or
    /// (if `allow_comma_ok`) a map index, receive or type assertion.
    pub(crate) fn multi_expr(
        &mut self,
        e: &'a Expr,
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool) {
        let x = self.raw_expr(e, None);
        if x.mode == OpMode::Value {
            if let TypeKind::Tuple(elems) = self.prog.types.kind(x.ty).clone() {
                return (
                    elems
                        .into_iter()
                        .map(|t| Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: e,
                        })
                        .collect(),
                    false,
                );
            }
        }
        if allow_comma_ok && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            let mut x2 = x.clone();
            x2.mode = OpMode::Value;
            let b = Operand {
                mode: OpMode::Value,
                ty: self.basic(BasicKind::UntypedBool),
                val: None,
                expr: e,
            };
            return (vec![x2, b], true);
        }
        (vec![self.single_value(x)], false)
    }

    pub(crate) fn record_comma_ok(&mut self, e: &'a Expr, xs: &[Operand<'a>]) {
        if xs.len() != 2 || !xs[0].is_valid() || !xs[1].is_valid() {
            return;
        }
        let b = self.basic(BasicKind::Bool);
        let tup = self.prog.types.tuple(vec![xs[0].ty, b]);
        let mut cur = e;
        loop {
            if let Some(tv) = self.prog.types_of.get_mut(cur.id) {
                tv.ty = tup;
            }
            match &cur.kind {
                ExprKind::Paren(inner) => cur = inner,
                _ => break,
            }
        }
    }

    /// Assigns values to new or existing variables `objs` (var decls, `:=`).
    pub(crate) fn init_vars(&mut self, objs: &[Option<ObjId>], rhs: &'a [Expr], context1: &str) {
        let (l, r) = (objs.len(), rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            context1
        };
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (o, e) in objs.iter().zip(rhs) {
                let x = self.expr(e, None);
                self.init_var(*o, x, context);
            }
            return;
        }
        if r != 1 {
            let ok = self.all_valid(rhs);
            if ok {
                self.assign_mismatch(rhs, l, r);
            }
            self.invalidate_untyped(objs);
            return;
        }
        let (xs, comma_ok) = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            let mut done = Vec::new();
            for (o, x) in objs.iter().zip(xs) {
                let x = self.init_var(*o, x, context);
                done.push(x);
            }
            if comma_ok {
                self.record_comma_ok(&rhs[0], &done);
            }
            return;
        }
        if xs.first().is_some_and(|x| x.is_valid()) {
            self.assign_mismatch(rhs, l, xs.len());
        }
        self.invalidate_untyped(objs);
    }

    /// How the type of assignment target `lhs` is spelled in messages.
    fn lhs_display(&self, lhs: &Expr) -> Option<String> {
        self.alias
            .get(&lhs.id)
            .map(|a| a.to_string())
            .or_else(|| self.display_of(lhs))
    }

    /// After a failed initialisation, variables still waiting for a type get
    /// the invalid type (they are still reported if unused, as gc does).
    pub(crate) fn invalidate_untyped(&mut self, objs: &[Option<ObjId>]) {
        let inv = self.invalid();
        for o in objs.iter().flatten() {
            if self.untyped_vars.remove(o) {
                self.obj_mut(*o).ty = inv;
            }
        }
    }

    /// Initialises variable `o` (`None` for `_`) with `x`; a variable without
    /// a declared type (type `Invalid` and not yet typed) takes x's type.
    pub(crate) fn init_var(
        &mut self,
        o: Option<ObjId>,
        mut x: Operand<'a>,
        context: &str,
    ) -> Operand<'a> {
        let Some(o) = o else {
            self.assignment(&mut x, None, context);
            return x;
        };
        if !x.is_valid() {
            return x;
        }
        let typed = !self.untyped_vars.contains(&o);
        if !typed {
            self.untyped_vars.remove(&o);
            let mut t = x.ty;
            if t == self.basic(BasicKind::UntypedRune) {
                self.obj_alias.insert(o, "rune");
            } else if let Some(a) = self.alias.get(&x.expr.id).copied() {
                self.obj_alias.insert(o, a);
            }
            if self.prog.types.is_untyped(t) {
                if x.is_nil() {
                    self.error(self.at(x.expr), format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return x;
                }
                t = self.default_type(t);
            }
            if matches!(self.prog.types.kind(t), TypeKind::Tuple(_)) {
                t = self.invalid();
            }
            self.obj_mut(o).ty = t;
        }
        let t = self.obj(o).ty;
        if self.prog.types.is_invalid(t) {
            return x;
        }
        self.target_display = self
            .obj_display
            .get(&o)
            .cloned()
            .or_else(|| self.obj_alias.get(&o).map(|a| a.to_string()));
        self.assignment(&mut x, Some(t), context);
        self.target_display = None;
        x
    }

    /// `a, b := ...` (also a `for` init when `loop_vars`).
    pub(crate) fn short_var_decl(
        &mut self,
        s: &'a Stmt,
        lhs: &'a [Expr],
        rhs: &'a [Expr],
        loop_vars: bool,
    ) {
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut new_vars: Vec<(&'a ast::Ident, ObjId)> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        for e in lhs {
            let ExprKind::Ident(id) = &e.kind else {
                let es = self.estr(e);
                self.error(e.span, format!("non-name {es} on left side of :="));
                let _ = self.raw_expr(e, None);
                bad = true;
                objs.push(None);
                continue;
            };
            if !id.is_blank() && seen.contains(&&*id.name) {
                self.error(e.span, format!("{} repeated on left side of :=", id.name));
                bad = true;
                objs.push(None);
                continue;
            }
            seen.push(&id.name);
            if id.is_blank() {
                objs.push(None);
                continue;
            }
            let existing = self
                .scopes
                .last()
                .and_then(|sc| sc.names.get(&id.name))
                .copied();
            if let Some(o) = existing {
                self.record_use(id, o);
                if let Some(v) = self.obj(o).var_info() {
                    let _ = v;
                    objs.push(Some(o));
                    let t = self.obj(o).ty;
                    self.record(e.id, Mode::Variable, t, None);
                    continue;
                }
                let es = self.estr(e);
                self.error(e.span, format!("cannot assign to {es}"));
                objs.push(None);
                continue;
            }
            let inv = self.invalid();
            let o = self.new_var(id.name.clone(), inv, id.span);
            if loop_vars {
                if let Some(v) = self.var_mut(o) {
                    v.loop_var = true;
                }
            }
            self.untyped_vars.insert(o);
            self.prog.defs.insert(id.id, o);
            new_vars.push((id, o));
            objs.push(Some(o));
            any_new = true;
        }
        self.init_vars(&objs, rhs, "assignment");
        for (id, o) in &new_vars {
            self.untyped_vars.remove(o);
            let t = self.obj(*o).ty;
            if let Some(e) = lhs
                .iter()
                .find(|e| matches!(&e.kind, ExprKind::Ident(i) if i.id == id.id))
            {
                self.record(e.id, Mode::Variable, t, None);
            }
            self.declare(id, *o);
        }
        if !any_new && !bad {
            let at = self.define_op_span(lhs, s.span);
            self.error(at, "no new variables on left side of :=");
        }
    }

    /// The position of `:=` after the left-hand side `lhs`.
    pub(crate) fn define_op_span(&self, lhs: &[Expr], fallback: ast::Span) -> ast::Span {
        let from = lhs.last().map_or(fallback.lo, |e| e.span.hi) as usize;
        match self.src().get(from..).and_then(|t| t.find(":=")) {
            Some(off) => ast::Span::new(from + off, from + off + 2),
            None => fallback,
        }
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
