//! Statements: blocks and scopes, if/for/range/switch/type switch/select,
//! go/defer, return, send, inc/dec, and "missing return" (the spec's
//! terminating statements). Branch targets and labels are checked by
//! `branches` before any typing, as gc's parser does.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{self, BinOp, Block, ChanDir, Expr, ExprKind, Stmt, StmtKind, UnOp};

impl<'a> Checker<'a> {
    /// The body of a function or function literal with signature `sig`.
    pub(crate) fn func_block(&mut self, body: &'a Block, sig: TypeId) {
        self.stmt_list(&body.stmts);
        let has_results = self
            .prog
            .types
            .signature(sig)
            .is_some_and(|s| !s.results.is_empty());
        if has_results && !is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
    }

    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.open_scope();
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "++" } else { "--" };
                let v = self.expr(x, None);
                if !v.is_valid() {
                    return;
                }
                if !self
                    .prog
                    .types
                    .basic_kind(v.ty)
                    .is_some_and(|k| k.is_numeric())
                {
                    let (es, ts) = (self.estr(x), self.tstr(v.ty));
                    self.error(
                        x.span,
                        format!("invalid operation: {es}{op} (non-numeric type {ts})"),
                    );
                    return;
                }
                self.assign_var(x, v, "assignment");
            }
            StmtKind::Assign { lhs, op: None, rhs } => self.assign_vars(lhs, rhs),
            StmtKind::Assign {
                lhs,
                op: Some(op),
                rhs,
            } => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        s.span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            op.as_str()
                        ),
                    );
                    return;
                }
                let mut x = self.expr(&lhs[0], None);
                let mut y = self.expr(&rhs[0], None);
                if !x.is_valid() || !y.is_valid() {
                    return;
                }
                self.binary_operands(&mut x, &mut y, *op, None);
                if !x.is_valid() {
                    return;
                }
                x.expr = &rhs[0];
                self.assign_var(&lhs[0], x, "assignment operation");
            }
            StmtKind::Define { lhs, rhs } => self.short_var_decl(s, lhs, rhs, false),
            StmtKind::Const(cd) => self.local_const_decl(cd),
            StmtKind::Var(vd) => {
                for spec in &vd.specs {
                    self.local_var_spec(spec);
                }
            }
            StmtKind::Type(td) => {
                for spec in &td.specs {
                    self.local_type_decl(spec);
                }
            }
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr(cond, None);
                if c.is_valid()
                    && !self
                        .prog
                        .types
                        .basic_kind(c.ty)
                        .is_some_and(|k| k.is_boolean())
                {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                self.default_untyped(&c);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch_stmt(init.as_deref(), bind.as_ref(), x, body),
            StmtKind::Select { body, .. } => {
                let mut first_default: Option<ast::Span> = None;
                for clause in body {
                    if clause.comm.is_none() {
                        match first_default {
                            Some(first) => {
                                let pos = self.pos_string(first);
                                self.error(
                                    clause.span,
                                    format!("multiple defaults (first at {pos})"),
                                );
                            }
                            None => first_default = Some(clause.span),
                        }
                    }
                    self.open_scope();
                    if let Some(comm) = &clause.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, op: None, .. }
                            | StmtKind::Define { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
                            _ => false,
                        };
                        if !valid {
                            let at = match &comm.kind {
                                StmtKind::Expr(Expr {
                                    kind: ExprKind::Binary { op_span, .. },
                                    ..
                                }) => *op_span,
                                _ => comm.span,
                            };
                            self.error(
                                at,
                                "select case must be send or receive (possibly with assignment)",
                            );
                        } else {
                            self.stmt(comm);
                        }
                    }
                    self.stmt_list(&clause.body);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    if let StmtKind::Define { lhs, rhs } = &i.kind {
                        self.short_var_decl(i, lhs, rhs, true);
                    } else {
                        self.stmt(i);
                    }
                }
                if let Some(c) = cond {
                    let x = self.expr(c, None);
                    if x.is_valid()
                        && !self
                            .prog
                            .types
                            .basic_kind(x.ty)
                            .is_some_and(|k| k.is_boolean())
                    {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                    self.default_untyped(&x);
                }
                if let Some(p) = post {
                    if let StmtKind::Define { .. } = p.kind {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.block(body);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
        }
    }

    /// An untyped value that ends up in a statement context gets its default type.
    fn default_untyped(&mut self, x: &Operand<'a>) {
        if x.is_valid() && self.prog.types.is_untyped(x.ty) {
            let t = self.default_type(x.ty);
            self.convert_untyped(x, t);
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        if !x.is_valid() {
            return;
        }
        let msg = match x.mode {
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                if is_statement_expr(e, &self.prog) {
                    return;
                }
                "is not used"
            }
        };
        let s = self.operand_string(&x);
        self.error(e.span, format!("{s} {msg}"));
    }

    fn send_stmt(&mut self, ch: &'a Expr, value: &'a Expr) {
        let c = self.expr(ch, None);
        let mut v = self.expr(value, None);
        if !c.is_valid() || !v.is_valid() {
            return;
        }
        match self.prog.types.under(c.ty).clone() {
            TypeKind::Chan(ChanDir::Recv, _) => {
                let s = self.operand_string(&c);
                let ts = self.tstr(c.ty);
                self.error(
                    ch.span,
                    format!("invalid operation: cannot send to receive-only channel {ts} {s}"),
                );
            }
            TypeKind::Chan(_, elem) => self.assignment(&mut v, Some(elem), "send"),
            _ => {
                let s = self.operand_string(&c);
                let ts = self.tstr(c.ty);
                self.error(
                    ch.span,
                    format!("invalid operation: cannot send to non-channel {ts} {s}"),
                );
            }
        }
    }

    fn suspended_call(&mut self, kw: &str, e: &'a Expr) {
        if let ExprKind::Paren(inner) = &e.kind {
            if matches!(unparen(inner).kind, ExprKind::Call { .. }) {
                self.error(
                    e.span,
                    format!("expression in {kw} must not be parenthesized"),
                );
                let _ = self.raw_expr(e, None);
                return;
            }
        }
        let ExprKind::Call { fun, .. } = &e.kind else {
            self.error(e.span, format!("expression in {kw} must be function call"));
            let _ = self.raw_expr(e, None);
            return;
        };
        let x = self.raw_expr(e, None);
        if !x.is_valid() {
            return;
        }
        let fun_tv = self.prog.types_of.get(fun.id).map(|t| t.mode);
        let msg = if fun_tv == Some(Mode::Type) {
            "requires function call, not conversion"
        } else if is_statement_expr(e, &self.prog) {
            return;
        } else {
            "discards result of"
        };
        let s = self.operand_string(&x);
        self.error(e.span, format!("{kw} {msg} {s}"));
    }

    /// `lhs = x` for one target (after `x` is checked).
    fn assign_var(&mut self, lhs: &'a Expr, mut x: Operand<'a>, context: &str) {
        let t = self.lhs_var(lhs);
        if let Some(t) = t {
            if self.prog.types.is_invalid(t) {
                return;
            }
        }
        self.target_alias = self.alias.get(&lhs.id).copied();
        self.assignment(&mut x, t, context);
        self.target_alias = None;
    }

    fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
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
                self.target_alias = self.alias.get(&a.id).copied();
                self.assignment(&mut x, t, "assignment");
                self.target_alias = None;
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

    fn record_comma_ok(&mut self, e: &'a Expr, xs: &[Operand<'a>]) {
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
    fn init_vars(&mut self, objs: &[Option<ObjId>], rhs: &'a [Expr], context1: &str) {
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

    fn invalidate_untyped(&mut self, objs: &[Option<ObjId>]) {
        for o in objs.iter().flatten() {
            if let Some(v) = self.var_mut(*o) {
                v.used = true;
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
            if let Some(v) = self.var_mut(o) {
                v.used = true; // avoid follow-on "declared and not used"
            }
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
                    self.error(x.expr.span, format!("use of untyped nil in {context}"));
                    if let Some(v) = self.var_mut(o) {
                        v.used = true;
                    }
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
        self.target_alias = self.obj_alias.get(&o).copied();
        self.assignment(&mut x, Some(t), context);
        self.target_alias = None;
        x
    }

    /// `a, b := ...` (also a `for` init when `loop_vars`).
    fn short_var_decl(&mut self, s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr], loop_vars: bool) {
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
                self.prog.defs.insert(id.id, ObjId(u32::MAX));
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

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(f) = self.func.clone() else { return };
        let want = self
            .prog
            .types
            .signature(f.sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && f.named_results.is_empty() {
                let ws = self.summary(&want);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {ws}"),
                );
            }
            if !f.named_results.is_empty() {
                // A bare return reads the named results.
                for o in &f.named_results {
                    let name = self.obj(*o).name.clone();
                    if let Some(cur) = self.lookup(&name) {
                        if cur != *o {
                            let span = self.obj(cur).span;
                            let _ = span;
                            self.error(s.span, format!("result parameter {name} not in scope at return\n\tinner declaration of {name}"));
                        }
                    }
                }
            }
            return;
        }
        if want.is_empty() {
            let xs = self.expr_list(results);
            if xs.iter().all(|x| x.is_valid()) {
                let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
                let hs = self.summary(&have);
                self.error(
                    results[0].span,
                    format!("too many return values\n\thave {hs}\n\twant ()"),
                );
            }
            return;
        }
        let (l, r) = (want.len(), results.len());
        let is_call = r == 1 && matches!(unparen(&results[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (t, e) in want.iter().zip(results) {
                let mut x = self.expr(e, None);
                self.assignment(&mut x, Some(*t), "return statement");
            }
            return;
        }
        let xs = if r == 1 {
            self.multi_expr(&results[0], false).0
        } else {
            results.iter().map(|e| self.expr(e, None)).collect()
        };
        if xs.iter().any(|x| !x.is_valid()) {
            return;
        }
        if xs.len() == l {
            for (mut x, t) in xs.into_iter().zip(want) {
                self.assignment(&mut x, Some(t), "return statement");
            }
            return;
        }
        let (q, span) = if xs.len() > l {
            ("too many", xs[l].expr.span)
        } else {
            ("not enough", xs[xs.len() - 1].expr.span)
        };
        let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
        let (hs, ws) = (self.summary(&have), self.summary(&want));
        self.error(span, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
    }

    fn summary(&self, list: &[TypeId]) -> String {
        let parts: Vec<String> = list
            .iter()
            .map(|t| {
                match self
                    .prog
                    .types
                    .basic_kind(*t)
                    .filter(|k| k.is_untyped() && self.prog.types.is_untyped(*t))
                {
                    Some(k) if k.is_numeric() => "number".to_string(),
                    Some(k) => k.name().replace("untyped ", ""),
                    None => self.tstr(*t),
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    fn switch_stmt(
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
    fn match_case(&mut self, v: &mut Operand<'a>, t: &mut Operand<'a>) {
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

    pub(crate) fn pos_string(&self, span: ast::Span) -> String {
        let f = &self.files[self.file.0 as usize].source;
        let (l, c) = f.line_col(span.lo);
        format!("{}:{}:{}", f.name, l, c)
    }

    fn type_switch_stmt(
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

    fn range_stmt(
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

    fn cannot_range(&mut self, x: &Operand<'a>) -> bool {
        let s = self.operand_string(x);
        self.error(x.expr.span, format!("cannot range over {s}"));
        false
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(unparen(e).kind, ExprKind::Unary { op: UnOp::Recv, .. })
}

/// Whether `e` may stand alone as a statement: a call (not a conversion or a
/// value built-in) or a receive.
fn is_statement_expr(e: &Expr, prog: &Program) -> bool {
    match &unparen(e).kind {
        ExprKind::Unary { op: UnOp::Recv, .. } => true,
        ExprKind::Call { fun, .. } => match prog.types_of.get(fun.id).map(|t| t.mode) {
            Some(Mode::Type) => false,
            Some(Mode::Builtin) => {
                let f = unparen(fun);
                let id = match &f.kind {
                    ExprKind::Ident(i) => prog.uses.get(i.id).copied(),
                    _ => None,
                };
                match id.map(|o| &prog.obj(o).kind) {
                    Some(ObjKind::Builtin(b)) => matches!(
                        b,
                        Builtin::Copy
                            | Builtin::Panic
                            | Builtin::Print
                            | Builtin::Println
                            | Builtin::Recover
                            | Builtin::Close
                            | Builtin::Delete
                            | Builtin::Clear
                    ),
                    _ => false,
                }
            }
            _ => true,
        },
        _ => false,
    }
}

// ---- terminating statements (Go spec) ----

fn is_terminating_list(list: &[Stmt]) -> bool {
    // Trailing empty statements do not count.
    let mut it = list
        .iter()
        .rev()
        .skip_while(|s| matches!(s.kind, StmtKind::Empty));
    it.next().is_some_and(|s| is_terminating(s, None))
}

fn is_terminating(s: &Stmt, label: Option<&str>) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => {
            if let ExprKind::Call { fun, .. } = &unparen(e).kind {
                matches!(&unparen(fun).kind, ExprKind::Ident(i) if &*i.name == "panic")
            } else {
                false
            }
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If {
            then,
            els: Some(els),
            ..
        } => is_terminating_list(&then.stmts) && is_terminating(els, None),
        StmtKind::For {
            cond: None, body, ..
        } => !has_break_list(&body.stmts, label, true),
        StmtKind::Labeled { label: l, stmt } => is_terminating(stmt, Some(&l.name)),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            let mut has_default = false;
            for c in body {
                if c.list.is_none() {
                    has_default = true;
                }
                let last = c
                    .body
                    .iter()
                    .rev()
                    .find(|s| !matches!(s.kind, StmtKind::Empty));
                let term = last.is_some_and(|s| {
                    is_terminating(s, None) || matches!(s.kind, StmtKind::Fallthrough)
                });
                if !term || has_break_list(&c.body, label, true) {
                    return false;
                }
            }
            has_default
        }
        StmtKind::Select { body, .. } => body
            .iter()
            .all(|c| is_terminating_list(&c.body) && !has_break_list(&c.body, label, true)),
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// Whether `s` contains a break that targets the enclosing statement
/// (`implicit`: unlabeled breaks count, i.e. not nested in another breakable).
fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => label == Some(&*l.name),
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            label.is_some() && body.iter().any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select { body, .. } => {
            label.is_some() && body.iter().any(|c| has_break_list(&c.body, label, false))
        }
        _ => false,
    }
}
