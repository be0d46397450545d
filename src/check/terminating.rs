//! Terminating statements (Go spec): a function with results must end in
//! one, or gc reports "missing return".

use crate::check::expr::unparen;
use crate::syntax::ast::{ExprKind, Stmt, StmtKind};

pub(crate) fn is_terminating_list(list: &[Stmt]) -> bool {
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
