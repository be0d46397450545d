//! The syntactic side of an input: is it complete, which form is it
//! (declaration, expression, statements), which variables it declares at
//! its top level, and its text with those declarations turned into
//! assignments to package variables.

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Span, StmtKind};
use std::collections::HashSet;

/// More lines may complete `src`: the syntax layer says so, or the error
/// stands at the very end of the input (`for i := 0;` is waiting for its
/// condition).
pub fn incomplete(src: &str, d: &Diagnostic) -> bool {
    crate::syntax::is_incomplete(src, d) || d.span.lo as usize >= src.trim_end().len()
}

/// The first word of `src` when it is a keyword that starts a declaration.
pub fn first_keyword(src: &str) -> Option<&'static str> {
    let w: String = src
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    ["import", "func", "type", "const", "var"]
        .into_iter()
        .find(|k| *k == w)
}

/// `func(` or `func (` followed by a parameter list: a literal, unless it
/// is a method (`func (t T) M()`): a literal's parens are followed by a
/// body, a method's by a name.
pub fn is_func_literal_start(src: &str) -> bool {
    let rest = src.trim_start()["func".len()..].trim_start();
    if !rest.starts_with('(') {
        return false;
    }
    // Skip the balanced parenthesis group.
    let mut depth = 0;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let after = rest[i + 1..].trim_start();
                    return !after
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == '_');
                }
            }
            _ => {}
        }
    }
    true
}

/// `fmt.Print...`, `fmt.Fprint...`, `println(`, `print(`: statements whose
/// results nobody wants to see.
pub fn is_print_call(src: &str) -> bool {
    let s = src.trim_start();
    s.starts_with("fmt.Print")
        || s.starts_with("fmt.Fprint")
        || s.starts_with("println(")
        || s.starts_with("print(")
}

/// The identifiers a top-level statement declares (`:=`, `var`).
pub fn declared(s: &ast::Stmt) -> Vec<&ast::Ident> {
    match &s.kind {
        StmtKind::Define { lhs, .. } => lhs
            .iter()
            .filter_map(|e| match &e.kind {
                ast::ExprKind::Ident(i) => Some(i),
                _ => None,
            })
            .collect(),
        StmtKind::Var(v) => v.specs.iter().flat_map(|s| s.names.iter()).collect(),
        _ => Vec::new(),
    }
}

/// Names declared by a top-level `var` without values (zero values).
pub fn declared_without_value(stmts: &[ast::Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in stmts {
        if let StmtKind::Var(v) = &s.kind {
            for sp in v.specs.iter().filter(|sp| sp.values.is_empty()) {
                out.extend(sp.names.iter().map(|n| n.name.to_string()));
            }
        }
    }
    out
}

/// The input with each top-level `:=`/`var` turned into an assignment to
/// the package variables of the same names.
pub fn rewrite(src: &str, stmts: &[ast::Stmt]) -> String {
    let text = |sp: Span| src.get(sp.lo as usize..sp.hi as usize).unwrap_or("");
    let list = |xs: &[ast::Expr]| match (xs.first(), xs.last()) {
        (Some(a), Some(b)) => text(a.span.to(b.span)).to_string(),
        _ => String::new(),
    };
    let mut out = String::new();
    let mut at = 0usize;
    for s in stmts {
        let repl = match &s.kind {
            StmtKind::Define { lhs, rhs } => format!("{} = {}", list(lhs), list(rhs)),
            StmtKind::Var(v) => v
                .specs
                .iter()
                .filter(|sp| !sp.values.is_empty())
                .map(|sp| {
                    let names: Vec<&str> = sp.names.iter().map(|n| &*n.name).collect();
                    format!("{} = {}", names.join(", "), list(&sp.values))
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => continue,
        };
        let (lo, hi) = (s.span.lo as usize, s.span.hi as usize);
        if lo < at || hi > src.len() {
            continue;
        }
        out.push_str(&src[at..lo]);
        out.push_str(&repl);
        at = hi;
    }
    out.push_str(&src[at..]);
    out
}

/// The receiver's type name (`T` for `t *T` or `t T[E]`).
pub fn recv_name(src: &str, ty: &ast::Expr) -> String {
    let t = src
        .get(ty.span.lo as usize..ty.span.hi as usize)
        .unwrap_or("");
    t.trim_start_matches('*')
        .split('[')
        .next()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// The span of a top-level declaration.
pub fn decl_span(d: &ast::Decl) -> Span {
    match d {
        ast::Decl::Const(c) => c.span,
        ast::Decl::Var(v) => v.span,
        ast::Decl::Type(t) => t.span,
        ast::Decl::Func(f) => f.span,
    }
}
