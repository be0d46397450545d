//! Labels and branch statements, checked before typing as gc's parser does
//! (cmd/compile/internal/syntax/branches.go): `break` / `continue` outside a
//! loop, undefined, duplicate, unused or misused labels, misplaced
//! `fallthrough`. They count before type errors in gc's first-ten order.
//!
//! Each function body and function literal has its own label scope.

use crate::check::checker::Checker;
use crate::check::info::*;
use crate::syntax::ast::{Block, Expr, ExprKind, Name, Span, Stmt, StmtKind};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Loop,
    Breakable,
    Other,
}

#[derive(Clone, Default)]
struct Ctx {
    breaks: bool,
    continues: bool,
    /// Labels of enclosing statements.
    enclosing: Vec<(Name, Kind)>,
    /// Inside a switch clause: (type switch, this clause is the last one).
    switch: Option<(bool, bool)>,
}

struct LabelScope {
    defined: HashMap<Name, (Span, ObjId, bool)>,
}

impl<'a> Checker<'a> {
    /// Checks the branches of every function in the given files.
    pub(crate) fn check_branches(&mut self, files: &[FileId]) {
        for &f in files {
            self.file = f;
            let ast = &self.files[f.0 as usize].ast;
            for d in &ast.decls {
                match d {
                    crate::syntax::ast::Decl::Func(fd) => {
                        if let Some(b) = &fd.body {
                            self.branch_func(b);
                        }
                    }
                    crate::syntax::ast::Decl::Var(vd) => {
                        for s in &vd.specs {
                            for v in &s.values {
                                self.branch_expr(v);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn branch_func(&mut self, body: &'a Block) {
        let mut ls = LabelScope {
            defined: HashMap::new(),
        };
        self.gotos_into_blocks(body);
        self.collect_labels(&body.stmts, &mut ls);
        self.branch_list(&body.stmts, &Ctx::default(), &mut ls);
        let mut unused: Vec<(Span, Name)> = ls
            .defined
            .iter()
            .filter(|(_, v)| !v.2)
            .map(|(n, v)| (v.0, n.clone()))
            .collect();
        unused.sort_by_key(|u| u.0.lo);
        for (span, name) in unused {
            self.error(span, format!("label {name} defined and not used"));
        }
    }

    fn collect_labels(&mut self, list: &'a [Stmt], ls: &mut LabelScope) {
        for s in list {
            self.collect_labels_stmt(s, ls);
        }
    }

    fn collect_labels_stmt(&mut self, s: &'a Stmt, ls: &mut LabelScope) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if !label.is_blank() {
                    if let Some((prev, _, _)) = ls.defined.get(&label.name) {
                        let pos = self.pos_string(*prev);
                        self.error(
                            label.span,
                            format!("label {} already defined at {pos}", label.name),
                        );
                    } else {
                        let inv = self.invalid();
                        let o = self.new_obj(ObjKind::Label, label.name.clone(), inv, label.span);
                        self.record_def(label, o);
                        ls.defined
                            .insert(label.name.clone(), (label.span, o, false));
                    }
                }
                self.collect_labels_stmt(stmt, ls);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts, ls),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts, ls);
                if let Some(e) = els {
                    self.collect_labels_stmt(e, ls);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts, ls)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body, ls);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body, ls);
                }
            }
            _ => {}
        }
    }

    fn use_label(&mut self, label: &'a crate::syntax::ast::Ident, ls: &mut LabelScope) -> bool {
        match ls.defined.get_mut(&label.name) {
            Some(e) => {
                e.2 = true;
                let o = e.1;
                self.record_use(label, o);
                true
            }
            None => false,
        }
    }

    fn branch_list(&mut self, list: &'a [Stmt], ctx: &Ctx, ls: &mut LabelScope) {
        // Trailing empty statements do not count for fallthrough.
        let last = list
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty));
        for (i, s) in list.iter().enumerate() {
            self.branch_stmt(s, ctx, ls, None, Some(i) == last, ctx.switch);
        }
        self.gotos_over_decls(list);
    }

    /// gc's "goto L jumps over declaration of x at POS": a forward goto in
    /// this list (or nested in its statements) to a label of this list with
    /// a variable declaration in between.
    fn gotos_over_decls(&mut self, list: &'a [Stmt]) {
        let labels: Vec<(usize, &Name)> = list
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match &s.kind {
                StmtKind::Labeled { label, .. } => Some((i, &label.name)),
                _ => None,
            })
            .collect();
        if labels.is_empty() {
            return;
        }
        for (i, s) in list.iter().enumerate() {
            let mut gotos = Vec::new();
            collect_gotos(s, &mut gotos);
            for g in gotos {
                let Some(&(j, _)) = labels.iter().find(|(j, n)| *j > i && **n == g.name) else {
                    continue;
                };
                let decl = list[i + 1..j].iter().find_map(|d| match &d.kind {
                    StmtKind::Define { lhs, .. } => {
                        let name = match lhs.first().map(|e| &e.kind) {
                            Some(ExprKind::Ident(id)) => id.name.clone(),
                            _ => return None,
                        };
                        Some((name, self.define_op_span(lhs, d.span)))
                    }
                    StmtKind::Var(vd) => vd
                        .specs
                        .first()
                        .and_then(|sp| sp.names.first())
                        .map(|n| (n.name.clone(), n.span)),
                    _ => None,
                });
                if let Some((name, at)) = decl {
                    let pos = self.pos_string(at);
                    self.error(
                        g.span,
                        format!("goto {} jumps over declaration of {name} at {pos}", g.name),
                    );
                }
            }
        }
    }

    fn branch_stmt(
        &mut self,
        s: &'a Stmt,
        ctx: &Ctx,
        ls: &mut LabelScope,
        label: Option<&Name>,
        is_last: bool,
        clause: Option<(bool, bool)>,
    ) {
        let mut inner = ctx.clone();
        inner.switch = None;
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => {
                let kind = match stmt.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => Kind::Loop,
                    StmtKind::Switch { .. }
                    | StmtKind::TypeSwitch { .. }
                    | StmtKind::Select { .. } => Kind::Breakable,
                    _ => Kind::Other,
                };
                let mut c = ctx.clone();
                c.enclosing.push((l.name.clone(), kind));
                self.branch_stmt(stmt, &c, ls, Some(&l.name), is_last, clause);
            }
            StmtKind::Break(None) => {
                if !ctx.breaks {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Break(Some(l)) => {
                let ok = ctx
                    .enclosing
                    .iter()
                    .any(|(n, k)| *n == l.name && *k != Kind::Other);
                let defined = self.use_label(l, ls);
                if !ok {
                    if defined {
                        self.error(l.span, format!("invalid break label {}", l.name));
                    } else {
                        self.error(l.span, format!("break label not defined: {}", l.name));
                    }
                }
            }
            StmtKind::Continue(None) => {
                if !ctx.continues {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Continue(Some(l)) => {
                let ok = ctx
                    .enclosing
                    .iter()
                    .any(|(n, k)| *n == l.name && *k == Kind::Loop);
                let defined = self.use_label(l, ls);
                if !ok {
                    if defined {
                        self.error(l.span, format!("invalid continue label {}", l.name));
                    } else {
                        self.error(l.span, format!("continue label not defined: {}", l.name));
                    }
                }
            }
            StmtKind::Goto(l) => {
                if !self.use_label(l, ls) {
                    self.error(l.span, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Fallthrough => {
                let msg = match clause {
                    Some((true, _)) => Some("cannot fallthrough in type switch"),
                    Some((false, final_clause)) if is_last => {
                        if final_clause {
                            Some("cannot fallthrough final case in switch")
                        } else {
                            None
                        }
                    }
                    _ => Some("fallthrough statement out of place"),
                };
                if let Some(m) = msg {
                    self.error(s.span, m);
                }
            }
            StmtKind::Block(b) => self.branch_list(&b.stmts, &inner, ls),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.branch_simple(i);
                }
                self.branch_expr(cond);
                self.branch_list(&then.stmts, &inner, ls);
                if let Some(e) = els {
                    self.branch_stmt(e, &inner, ls, None, false, None);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                for st in [init, post].into_iter().flatten() {
                    self.branch_simple(st);
                }
                if let Some(c) = cond {
                    self.branch_expr(c);
                }
                let mut c = inner.clone();
                c.breaks = true;
                c.continues = true;
                self.branch_list(&body.stmts, &c, ls);
            }
            StmtKind::Range { x, body, .. } => {
                self.branch_expr(x);
                let mut c = inner.clone();
                c.breaks = true;
                c.continues = true;
                self.branch_list(&body.stmts, &c, ls);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.branch_simple(i);
                }
                if let Some(t) = tag {
                    self.branch_expr(t);
                }
                let n = body.len();
                for (ci, cl) in body.iter().enumerate() {
                    for e in cl.list.iter().flatten() {
                        self.branch_expr(e);
                    }
                    let mut c = inner.clone();
                    c.breaks = true;
                    c.switch = Some((false, ci + 1 == n));
                    self.branch_list(&cl.body, &c, ls);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.branch_simple(i);
                }
                self.branch_expr(x);
                for cl in body {
                    let mut c = inner.clone();
                    c.breaks = true;
                    c.switch = Some((true, false));
                    self.branch_list(&cl.body, &c, ls);
                }
            }
            StmtKind::Select { body, .. } => {
                for cl in body {
                    if let Some(cm) = &cl.comm {
                        self.branch_simple(cm);
                    }
                    let mut c = inner.clone();
                    c.breaks = true;
                    self.branch_list(&cl.body, &c, ls);
                }
            }
            _ => self.branch_simple(s),
        }
        let _ = label;
    }

    /// Statements without nested statements: look for function literals.
    fn branch_simple(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.branch_expr(e),
            StmtKind::Send { ch, value } => {
                self.branch_expr(ch);
                self.branch_expr(value);
            }
            StmtKind::IncDec { x, .. } => self.branch_expr(x),
            StmtKind::Assign { lhs, rhs, .. } | StmtKind::Define { lhs, rhs } => {
                for e in lhs.iter().chain(rhs) {
                    self.branch_expr(e);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.branch_expr(e);
                }
            }
            StmtKind::Var(vd) => {
                for sp in &vd.specs {
                    for v in &sp.values {
                        self.branch_expr(v);
                    }
                }
            }
            _ => {}
        }
    }

    fn branch_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => self.branch_func(body),
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.branch_expr(k);
                    }
                    self.branch_expr(&el.value);
                }
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.branch_expr(x),
            ExprKind::Index { x, index } => {
                self.branch_expr(x);
                self.branch_expr(index);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.branch_expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.branch_expr(i);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.branch_expr(fun);
                for a in args {
                    self.branch_expr(a);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.branch_expr(x);
                self.branch_expr(y);
            }
            _ => {}
        }
    }
}

/// The `goto` labels used in `s` and the statements nested in it.
fn collect_gotos<'a>(s: &'a Stmt, out: &mut Vec<&'a crate::syntax::ast::Ident>) {
    match &s.kind {
        StmtKind::Goto(l) => out.push(l),
        StmtKind::Labeled { stmt, .. } => collect_gotos(stmt, out),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| collect_gotos(s, out)),
        StmtKind::If { then, els, .. } => {
            then.stmts.iter().for_each(|s| collect_gotos(s, out));
            if let Some(e) = els {
                collect_gotos(e, out);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            body.stmts.iter().for_each(|s| collect_gotos(s, out))
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => body
            .iter()
            .flat_map(|c| &c.body)
            .for_each(|s| collect_gotos(s, out)),
        StmtKind::Select { body, .. } => body
            .iter()
            .flat_map(|c| &c.body)
            .for_each(|s| collect_gotos(s, out)),
        _ => {}
    }
}

/// Where labels and gotos sit: the chain of enclosing blocks (start spans).
#[derive(Default)]
struct BlockWalk<'a> {
    stack: Vec<Span>,
    labels: Vec<(&'a Name, Vec<Span>)>,
    gotos: Vec<(&'a crate::syntax::ast::Ident, Vec<Span>)>,
}

impl<'a> BlockWalk<'a> {
    fn list(&mut self, start: Span, list: &'a [Stmt]) {
        self.stack.push(start);
        for s in list {
            self.stmt(s);
        }
        self.stack.pop();
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                self.labels.push((&label.name, self.stack.clone()));
                self.stmt(stmt);
            }
            StmtKind::Goto(l) => self.gotos.push((l, self.stack.clone())),
            StmtKind::Block(b) => self.list(b.lbrace, &b.stmts),
            StmtKind::If { then, els, .. } => {
                self.list(then.lbrace, &then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.list(body.lbrace, &body.stmts)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.list(c.span, &c.body);
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.list(c.span, &c.body);
                }
            }
            _ => {}
        }
    }
}

impl<'a> Checker<'a> {
    /// gc's "goto L jumps into block starting at POS".
    fn gotos_into_blocks(&mut self, body: &'a Block) {
        let mut w = BlockWalk::default();
        w.list(body.lbrace, &body.stmts);
        for (g, gstack) in &w.gotos {
            let Some((_, lstack)) = w.labels.iter().find(|(n, _)| **n == g.name) else {
                continue;
            };
            if let Some(k) = (0..lstack.len()).find(|&k| gstack.get(k) != Some(&lstack[k])) {
                let pos = self.pos_string(lstack[k]);
                self.error(
                    g.span,
                    format!("goto {} jumps into block starting at {pos}", g.name),
                );
            }
        }
    }
}
