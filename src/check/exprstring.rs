//! Expressions printed as cmd/compile's messages print them (syntax
//! package, short form): `x + y`, `f(a, b)`, `T{…}`, `func() {…}`; literals
//! exactly as written in the source. The short form is
//! `syntax::printer`'s; this module adds the checker's own forms.

use crate::syntax::ast::{Expr, Field, FuncType};

/// Writes `e` in short form; `src` is the text of the file `e` comes from.
pub(crate) fn expr_string(e: &Expr, src: &str) -> String {
    crate::syntax::printer::expr_string_src(e, src)
}

/// A function type as types2 prints a declared signature: every parameter
/// with its name (`func(a int, b int) (n int, err error)`).
pub(crate) fn func_type_string(ft: &FuncType, src: &str) -> String {
    fn list(fields: &[Field], src: &str) -> Vec<String> {
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
