//! Statements: blocks and scopes, if/for/select, go/defer, return, send,
//! inc/dec, expression statements, and "missing return" (the spec's
//! terminating statements, in `terminating`). Assignments and short variable
//! declarations are in `assignstmt`, switches and range loops in `switch`.
//! Branch targets and labels are checked by `branches` before any typing, as
//! gc's parser does.

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::*;
use crate::check::terminating::is_terminating_list;
use crate::check::types::{TypeId, TypeKind};
use crate::syntax::ast::{self, Block, ChanDir, Expr, ExprKind, Stmt, StmtKind, UnOp};

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

    pub(crate) fn block(&mut self, b: &'a Block) {
        self.open_scope();
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        if self.depth >= Checker::MAX_DEPTH {
            self.error(s.span, "statement nested too deeply (gorun's limit)");
            return;
        }
        self.depth += 1;
        self.stmt_inner(s);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &'a Stmt) {
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
    pub(crate) fn default_untyped(&mut self, x: &Operand<'a>) {
        if x.is_valid() && self.prog.types.is_untyped(x.ty) {
            let t = self.default_type(x.ty);
            self.convert_untyped(x, t);
        }
    }

    pub(crate) fn expr_stmt(&mut self, e: &'a Expr) {
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

    pub(crate) fn send_stmt(&mut self, ch: &'a Expr, value: &'a Expr) {
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

    pub(crate) fn suspended_call(&mut self, kw: &str, e: &'a Expr) {
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

    pub(crate) fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
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

    pub(crate) fn summary(&self, list: &[TypeId]) -> String {
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

    pub(crate) fn pos_string(&self, span: ast::Span) -> String {
        let f = &self.files[self.file.0 as usize].source;
        let (l, c) = f.line_col(span.lo);
        format!("{}:{}:{}", f.name, l, c)
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
