//! Expression switches (tag matching, duplicate constant cases, defaults),
//! type switches (case types, impossible cases, the per-clause variable of
//! `switch v := x.(type)`), and `for ... range` over every rangeable type.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{self, BinOp, Block, ChanDir, Expr, ExprKind, Stmt};

impl<'a> Checker<'a> {
    pub(crate) fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_op = match tag {
            Some(t) => {
                let mut x = self.expr(t, None);
                if x.is_valid() && self.prog.types.is_untyped(x.ty) {
                    let d = self.default_type(x.ty);
                    if x.is_nil() {
                        self.error(t.span, "use of untyped nil in switch expression");
                        x.mode = OpMode::Invalid;
                    } else {
                        self.convert_untyped_report(&mut x, d);
                    }
                }
                if x.is_valid() && !self.prog.types.comparable(x.ty) && !self.has_nil(x.ty) {
                    let s = self.operand_string(&x);
                    let ts = self.tstr(x.ty);
                    self.error(
                        t.span,
                        format!("cannot switch on {s} ({ts} is not comparable)"),
                    );
                    x.mode = OpMode::Invalid;
                }
                Some(x)
            }
            None => None,
        };
        let mut seen_default: Option<ast::Span> = None;
        let mut seen_vals: Vec<(crate::check::constant::ConstValue, TypeId, ast::Span)> =
            Vec::new();
        for clause in body {
            match &clause.list {
                None => {
                    if let Some(first) = seen_default {
                        let pos = self.pos_string(first);
                        self.error(clause.span, format!("multiple defaults (first at {pos})"));
                    } else {
                        seen_default = Some(clause.span);
                    }
                }
                Some(list) => {
                    for e in list {
                        let mut v = self.expr(e, None);
                        if !v.is_valid() {
                            continue;
                        }
                        match &tag_op {
                            Some(t) if t.is_valid() => {
                                let mut tt = t.clone();
                                let mut vv = v.clone();
                                self.match_case(&mut vv, &mut tt);
                                if vv.is_valid() {
                                    self.comparison(&mut vv, &mut tt, BinOp::Eql, None, true);
                                }
                                // Duplicate constant cases.
                                let vv2 = self.prog.types_of.get(e.id).cloned();
                                if let Some(tv) = vv2 {
                                    if let Some(val) = tv.value {
                                        if let Some((_, _, prev)) = seen_vals
                                            .iter()
                                            .find(|(pv, pt, _)| *pv == val && *pt == tv.ty)
                                        {
                                            let pos = self.pos_string(*prev);
                                            let vo = Operand {
                                                mode: OpMode::Constant,
                                                ty: tv.ty,
                                                val: Some(val.clone()),
                                                expr: e,
                                            };
                                            let vs = self.operand_string(&vo);
                                            self.error(e.span, format!("duplicate case {vs} in expression switch\n\t{pos}: previous case"));
                                        } else {
                                            seen_vals.push((val, tv.ty, e.span));
                                        }
                                    }
                                }
                            }
                            Some(_) => {}
                            None => {
                                let b = self.basic(BasicKind::Bool);
                                if self.prog.types.is_untyped(v.ty) {
                                    self.convert_untyped_report(&mut v, b);
                                }
                                if v.is_valid()
                                    && !self
                                        .prog
                                        .types
                                        .basic_kind(v.ty)
                                        .is_some_and(|k| k.is_boolean())
                                {
                                    let s = self.operand_string(&v);
                                    self.error(e.span, format!("invalid case {} in switch (mismatched types {} and bool)", self.estr(e), self.tstr(v.ty)).replace(&s, &s));
                                }
                            }
                        }
                    }
                }
            }
            self.open_scope();
            self.stmt_list(&clause.body);
            self.close_scope();
        }
        self.close_scope();
    }

    /// Converts an untyped case value to the tag's type (or vice versa).
    pub(crate) fn match_case(&mut self, v: &mut Operand<'a>, t: &mut Operand<'a>) {
        if self.prog.types.is_untyped(v.ty) && !self.prog.types.is_untyped(t.ty) {
            let tt = t.ty;
            if self.prog.types.is_interface(tt) {
                let d = self.default_type(v.ty);
                self.convert_untyped_report(v, d);
            } else {
                self.convert_untyped_report(v, tt);
            }
        }
    }

    pub(crate) fn type_switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
    ) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xo = self.expr(x, None);
        let mut valid = xo.is_valid();
        if valid && !self.prog.types.is_interface(xo.ty) {
            let s = self.operand_string(&xo);
            self.error(x.span, format!("{s} is not an interface"));
            valid = false;
        }
        let mut bind_used = false;
        let mut seen: Vec<(Option<TypeId>, ast::Span)> = Vec::new();
        let mut seen_default: Option<ast::Span> = None;
        let mut clause_vars = Vec::new();
        for (ci, clause) in body.iter().enumerate() {
            let mut single: Option<TypeId> = None;
            match &clause.list {
                None => {
                    if let Some(first) = seen_default {
                        let pos = self.pos_string(first);
                        self.error(clause.span, format!("multiple defaults (first at {pos})"));
                    }
                    seen_default = Some(clause.span);
                }
                Some(list) => {
                    for e in list {
                        let is_nil = matches!(&unparen(e).kind, ExprKind::Ident(i) if &*i.name == "nil" && self.lookup("nil").is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil)));
                        let t = if is_nil {
                            let _ = self.raw_expr(e, None);
                            None
                        } else {
                            let t = self.typ(e);
                            if self.prog.types.is_invalid(t) {
                                continue;
                            }
                            Some(t)
                        };
                        if let Some((_, prev)) = seen.iter().find(|(st, _)| *st == t) {
                            let pos = self.pos_string(*prev);
                            let ts = t.map(|t| self.tstr(t)).unwrap_or_else(|| "nil".into());
                            self.error(
                                e.span,
                                format!(
                                    "duplicate case {ts} in type switch\n\t{pos}: previous case"
                                ),
                            );
                        } else {
                            seen.push((t, e.span));
                        }
                        if let (Some(t), true) = (t, valid) {
                            if !self.prog.types.is_interface(t) {
                                if let Some(cause) = self.missing_method_cause(t, xo.ty, false) {
                                    let (es, xs) = (self.estr(e), self.operand_string(&xo));
                                    let ts = self.tstr(t);
                                    self.error(e.span, format!("impossible type switch case: {es}\n\t{xs} cannot have dynamic type {ts} {cause}"));
                                }
                            }
                        }
                        if list.len() == 1 {
                            single = Some(t.unwrap_or(xo.ty));
                        }
                    }
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let t = if valid {
                    single.unwrap_or(xo.ty)
                } else {
                    self.invalid()
                };
                let v = self.new_var(b.name.clone(), t, b.span);
                self.prog.implicits.insert((b.id, ci as u32), v);
                // Declared without "unused" tracking: the binding is reported once.
                if let Some(sc) = self.scopes.last_mut() {
                    sc.names.insert(b.name.clone(), v);
                }
                clause_vars.push(v);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
            if let Some(&v) = clause_vars.last() {
                if bind.is_some() && self.obj(v).var_info().is_some_and(|vi| vi.used) {
                    bind_used = true;
                }
            }
        }
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
            } else if !bind_used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
            let inv = self.invalid();
            let o = self.new_var(b.name.clone(), if valid { xo.ty } else { inv }, b.span);
            if let Some(vi) = self.var_mut(o) {
                vi.used = true;
            }
            self.prog.defs.insert(b.id, o);
        }
        self.close_scope();
    }

    pub(crate) fn range_stmt(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
    ) {
        self.open_scope();
        let mut xo = self.expr(x, None);
        let mut kt = self.invalid();
        let mut vt: Option<TypeId> = None;
        let mut ok = xo.is_valid();
        if ok {
            let u = self.prog.types.under(xo.ty).clone();
            let int = self.basic(BasicKind::Int);
            match u {
                TypeKind::Basic(k) if k.is_string() => {
                    kt = int;
                    vt = Some(self.basic(BasicKind::Int32));
                    if self.prog.types.is_untyped(xo.ty) {
                        let st = self.basic(BasicKind::String);
                        self.convert_untyped_report(&mut xo, st);
                    }
                }
                TypeKind::Basic(k) if k.is_integer() => {
                    let before = self.operand_string(&xo);
                    if self.prog.types.is_untyped(xo.ty) {
                        self.convert_untyped_report(&mut xo, int);
                    }
                    kt = xo.ty;
                    if let Some(v) = value {
                        self.error(
                            v.span,
                            format!("range over {before} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                }
                TypeKind::Array(_, e) | TypeKind::Slice(e) => {
                    kt = int;
                    vt = Some(e);
                }
                TypeKind::Pointer(p) => match self.prog.types.under(p).clone() {
                    TypeKind::Array(_, e) => {
                        kt = int;
                        vt = Some(e);
                    }
                    _ => ok = self.cannot_range(&xo),
                },
                TypeKind::Map(k, v) => {
                    kt = k;
                    vt = Some(v);
                }
                TypeKind::Chan(dir, e) => {
                    kt = e;
                    if dir == ChanDir::Send {
                        let s2 = self.operand_string(&xo);
                        let ts = self.tstr(xo.ty);
                        self.error(
                            x.span,
                            format!("cannot range over {s2}: receive from send-only channel {ts}"),
                        );
                        ok = false;
                    } else if let Some(v) = value {
                        let s2 = self.operand_string(&xo);
                        self.error(
                            v.span,
                            format!("range over {s2} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                }
                TypeKind::Func(_) => {
                    let s2 = self.operand_string(&xo);
                    self.error(x.span, format!("cannot range over {s2}: gorun does not support range-over-func iterators"));
                    ok = false;
                }
                _ => ok = self.cannot_range(&xo),
            }
        }
        let inv = self.invalid();
        let targets = [
            (key, if ok { kt } else { inv }),
            (value, if ok { vt.unwrap_or(inv) } else { inv }),
        ];
        if define {
            let mut new_vars = Vec::new();
            for (e, t) in targets {
                let Some(e) = e else { continue };
                let ExprKind::Ident(id) = &e.kind else {
                    let es = self.estr(e);
                    self.error(e.span, format!("non-name {es} on left side of :="));
                    continue;
                };
                let o = self.new_var(id.name.clone(), t, id.span);
                if let Some(v) = self.var_mut(o) {
                    v.loop_var = true;
                }
                if ok
                    && value.is_some_and(|v| std::ptr::eq(v, e))
                    && self
                        .prog
                        .types
                        .basic_kind(xo.ty)
                        .is_some_and(|k| k.is_string())
                {
                    self.obj_alias.insert(o, "rune");
                }
                self.record(e.id, Mode::Variable, t, None);
                new_vars.push((id, o));
            }
            if !new_vars.is_empty() && new_vars.iter().all(|(id, _)| id.is_blank()) {
                self.error(s.span, "no new variables on left side of :=");
            }
            for (id, o) in new_vars {
                self.declare(id, o);
            }
        } else {
            for (e, t) in targets {
                let Some(e) = e else { continue };
                let lt = self.lhs_var(e);
                if !ok {
                    continue;
                }
                let mut op = Operand {
                    mode: OpMode::Value,
                    ty: t,
                    val: None,
                    expr: e,
                };
                if let Some(lt) = lt {
                    if !self.prog.types.is_invalid(lt) {
                        self.assignment(&mut op, Some(lt), "assignment");
                    }
                }
            }
        }
        self.block(body);
        self.close_scope();
    }

    pub(crate) fn cannot_range(&mut self, x: &Operand<'a>) -> bool {
        let s = self.operand_string(x);
        self.error(self.at(x.expr), format!("cannot range over {s}"));
        false
    }
}
