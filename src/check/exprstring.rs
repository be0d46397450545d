//! Expressions printed as cmd/compile's messages print them (syntax
//! package, short form): `x + y`, `f(a, b)`, `T{…}`, `func() {…}`; literals
//! exactly as written in the source.

use crate::syntax::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem};

/// Writes `e` in short form; `src` is the text of the file `e` comes from.
pub(crate) fn expr_string(e: &Expr, src: &str) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, src);
    s
}

fn write_expr(s: &mut String, e: &Expr, src: &str) {
    match &e.kind {
        ExprKind::Ident(i) => s.push_str(&i.name),
        ExprKind::BasicLit(_) => {
            let t = src
                .get(e.span.lo as usize..e.span.hi as usize)
                .unwrap_or("?");
            s.push_str(t);
        }
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, src);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            write_sig(s, ty, src);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, src);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, src);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x, src);
            s.push('[');
            write_expr(s, index, src);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x, src);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, src);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, src);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, src);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, src);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, src),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun, src);
            s.push('(');
            write_list(s, args, src);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, src);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, src);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x, src);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, src);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, src);
            }
            s.push(']');
            write_expr(s, elem, src);
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, src);
            s.push(']');
            write_expr(s, value, src);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                s.push('(');
            }
            write_expr(s, elem, src);
            if paren {
                s.push(')');
            }
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft, src);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    s.push(' ');
                }
                write_expr(s, &f.ty, src);
            }
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        write_sig(s, ty, src);
                    }
                    InterfaceElem::Embed(e) => write_expr(s, e, src),
                }
            }
            s.push('}');
        }
    }
}

fn write_list(s: &mut String, list: &[Expr], src: &str) {
    for (i, a) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, a, src);
    }
}

fn write_sig(s: &mut String, ft: &FuncType, src: &str) {
    s.push('(');
    write_fields(s, &ft.params, src);
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    let single = ft.results.len() == 1 && ft.results[0].names.is_empty();
    if !single {
        s.push('(');
    }
    write_fields(s, &ft.results, src);
    if !single {
        s.push(')');
    }
}

fn write_fields(s: &mut String, fields: &[crate::syntax::ast::Field], src: &str) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_expr(s, &f.ty, src);
    }
}

/// A function type as types2 prints a declared signature: every parameter
/// with its name (`func(a int, b int) (n int, err error)`).
pub(crate) fn func_type_string(ft: &FuncType, src: &str) -> String {
    fn list(fields: &[crate::syntax::ast::Field], src: &str) -> Vec<String> {
        let mut out = Vec::new();
        for f in fields {
            let mut t = expr_string(&f.ty, src);
            if f.variadic {
                t = format!("...{t}");
            }
            if f.names.is_empty() {
                out.push(t);
            } else {
                for n in &f.names {
                    out.push(format!("{} {t}", n.name));
                }
            }
        }
        out
    }
    let mut s = format!("func({})", list(&ft.params, src).join(", "));
    let results = list(&ft.results, src);
    match (
        results.len(),
        ft.results.first().is_some_and(|f| f.names.is_empty()),
    ) {
        (0, _) => {}
        (1, true) => {
            s.push(' ');
            s.push_str(&results[0]);
        }
        _ => s.push_str(&format!(" ({})", results.join(", "))),
    }
    s
}
