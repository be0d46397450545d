//! Go source text of expressions and simple statements, as gc's
//! `syntax.String` prints them in messages (short form: non-empty function
//! bodies and composite literal contents shown as `{…}`).
//!
//! Used by the parser's "cannot use x := 1 as value" and by the checker
//! (`check::exprstring`) for messages that quote an expression.

use super::ast::*;
use std::fmt::Write;

/// How literals are written (gc quotes a literal as written: `0x10`, not `16`).
#[derive(Default, Clone, Copy)]
enum Lits<'a> {
    /// From the literal's value.
    #[default]
    Value,
    /// As markers holding their source span, filled in by [`fill_lit_marks`]
    /// once the source is at hand.
    Marked,
    /// Straight from the source text of the file the expression comes from.
    Source(&'a str),
}

/// The text being printed.
#[derive(Default)]
pub struct Out<'a> {
    buf: String,
    lits: Lits<'a>,
}

impl Out<'_> {
    fn push(&mut self, c: char) {
        self.buf.push(c);
    }
    fn push_str(&mut self, s: &str) {
        self.buf.push_str(s);
    }
}

impl Write for Out<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.buf.push_str(s);
        Ok(())
    }
}

/// Marks a literal's span inside a message (see [`fill_lit_marks`]).
const MARK: char = '\u{1}';

/// Replaces the literal markers of `msg` by the literals' source text.
pub fn fill_lit_marks(msg: &str, src: &str) -> String {
    let mut out = String::new();
    let mut parts = msg.split(MARK);
    out.push_str(parts.next().unwrap_or(""));
    while let (Some(mark), Some(rest)) = (parts.next(), parts.next()) {
        let text = mark
            .split_once(',')
            .and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
            .and_then(|(a, b)| src.get(a..b))
            .unwrap_or("?");
        out.push_str(text);
        out.push_str(rest);
    }
    out
}

/// The expression as gc quotes it in an error message.
pub fn expr_string(x: &Expr) -> String {
    let mut s = Out::default();
    write_expr(&mut s, x);
    s.buf
}

/// A comma-separated expression list as gc quotes it.
pub fn list_string(xs: &[Expr]) -> String {
    let mut s = Out::default();
    write_list(&mut s, xs);
    s.buf
}

/// The expression as gc quotes it, literals taken from `src`, the text of
/// the file `x` comes from.
pub fn expr_string_src(x: &Expr, src: &str) -> String {
    let mut s = Out {
        buf: String::new(),
        lits: Lits::Source(src),
    };
    write_expr(&mut s, x);
    s.buf
}

/// Like [`list_string`], with literals marked for [`fill_lit_marks`].
pub fn list_string_marked(xs: &[Expr]) -> String {
    let mut s = Out {
        buf: String::new(),
        lits: Lits::Marked,
    };
    write_list(&mut s, xs);
    s.buf
}

/// A simple statement (expression, send, inc/dec, assignment) as gc quotes it.
pub fn simple_stmt_string(st: &Stmt) -> String {
    simple_stmt_text(st, false)
}

/// Like [`simple_stmt_string`], with literals marked for [`fill_lit_marks`].
pub fn simple_stmt_string_marked(st: &Stmt) -> String {
    simple_stmt_text(st, true)
}

fn simple_stmt_text(st: &Stmt, mark_lits: bool) -> String {
    let mut s = Out {
        buf: String::new(),
        lits: if mark_lits { Lits::Marked } else { Lits::Value },
    };
    match &st.kind {
        StmtKind::Expr(x) => write_expr(&mut s, x),
        StmtKind::Send { ch, value } => {
            write_expr(&mut s, ch);
            s.push_str(" <- ");
            write_expr(&mut s, value);
        }
        StmtKind::IncDec { x, inc } => {
            write_expr(&mut s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs } => {
            write_list(&mut s, lhs);
            let _ = write!(s, " {}= ", op.map_or("", |o| o.as_str()));
            write_list(&mut s, rhs);
        }
        StmtKind::Define { lhs, rhs } => {
            write_list(&mut s, lhs);
            s.push_str(" := ");
            write_list(&mut s, rhs);
        }
        _ => s.push_str("statement"),
    }
    s.buf
}

fn write_list(s: &mut Out, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, x);
    }
}

fn write_lit(s: &mut Out, lit: &Lit) {
    match lit {
        Lit::Int(v) => {
            let _ = write!(s, "{v}");
        }
        Lit::Float(t) | Lit::Imag(t) => s.push_str(t),
        Lit::Rune(r) => match char::from_u32(*r) {
            Some(c) => {
                let _ = write!(s, "{c:?}");
            }
            None => {
                let _ = write!(s, "'\\x{r:02x}'");
            }
        },
        Lit::Str(bytes) => {
            let _ = write!(s, "{:?}", String::from_utf8_lossy(bytes));
        }
    }
}

fn write_fields(s: &mut Out, fields: &[Field], sep: &str) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
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
        write_expr(s, &f.ty);
    }
}

fn write_signature(s: &mut Out, ty: &FuncType) {
    s.push('(');
    write_fields(s, &ty.params, ", ");
    s.push(')');
    match ty.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            write_expr(s, &r.ty);
        }
        rs => {
            s.push_str(" (");
            write_fields(s, rs, ", ");
            s.push(')');
        }
    }
}

fn write_expr(s: &mut Out, x: &Expr) {
    match &x.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit(lit) => match s.lits {
            Lits::Value => write_lit(s, lit),
            Lits::Marked => {
                let _ = write!(s, "{MARK}{},{}{MARK}", x.span.lo, x.span.hi);
            }
            Lits::Source(src) => {
                let text = src.get(x.span.lo as usize..x.span.hi as usize);
                s.push_str(text.unwrap_or("?"));
            }
        },
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            write_signature(s, ty);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(inner) => {
            s.push('(');
            write_expr(s, inner);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, index);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(e) = lo {
                write_expr(s, e);
            }
            s.push(':');
            if let Some(e) = hi {
                write_expr(s, e);
            }
            if *three {
                s.push(':');
                if let Some(e) = max {
                    write_expr(s, e);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t),
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
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(inner) => {
            s.push('*');
            write_expr(s, inner);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x);
            let _ = write!(s, " {} ", op.as_str());
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::Ellipsis => s.push_str("..."),
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            // gc writes `chan (<-chan T)`, not `chan <-chan T`.
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
            write_expr(s, elem);
            if paren {
                s.push(')');
            }
        }
        ExprKind::FuncType(ty) => {
            s.push_str("func");
            write_signature(s, ty);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            write_fields(s, fields, "; ");
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        write_signature(s, ty);
                    }
                    InterfaceElem::Embed(t) => write_expr(s, t),
                }
            }
            s.push('}');
        }
    }
}
