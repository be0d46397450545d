//! Node construction for the grammar's actions, and the checks gc's parser
//! makes once it has parsed a general form: parameter grouping, if / for /
//! switch headers, 3-index slices, composite literal types, receivers.
//!
//! Every function here is called from grammar/go.lalrpop; a failing check
//! returns a `ParseError::User` carrying gc's message and position, which
//! ends the parse.

use crate::diag::Diagnostic;
use crate::syntax::ast::*;
use crate::syntax::printer::{expr_string, simple_stmt_string};
use crate::syntax::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

/// What the single entry point parsed.
pub enum Parsed {
    File(File),
    Expr(Expr),
    Stmts(Vec<Stmt>),
}

/// The parser's error type.
pub type PErr = ParseError<usize, Tok, Diagnostic>;

fn user_err(pos: usize, msg: impl Into<String>) -> PErr {
    ParseError::User {
        error: Diagnostic::new(Span::new(pos, pos + 1), msg),
    }
}

fn syntax_err<T>(pos: usize, msg: impl std::fmt::Display) -> Result<T, PErr> {
    Err(user_err(pos, format!("syntax error: {msg}")))
}

pub fn mk_ident(ids: &mut NodeIds, lo: usize, name: Name, hi: usize) -> Ident {
    Ident {
        id: ids.fresh(),
        name,
        span: Span::new(lo, hi),
    }
}

pub fn mk_expr(ids: &mut NodeIds, lo: usize, hi: usize, kind: ExprKind) -> Expr {
    Expr {
        id: ids.fresh(),
        span: Span::new(lo, hi),
        kind,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn mk_binary(
    ids: &mut NodeIds,
    lo: usize,
    hi: usize,
    op: BinOp,
    olo: usize,
    ohi: usize,
    x: Expr,
    y: Expr,
) -> Expr {
    mk_expr(
        ids,
        lo,
        hi,
        ExprKind::Binary {
            op,
            op_span: Span::new(olo, ohi),
            x: Box::new(x),
            y: Box::new(y),
        },
    )
}

pub fn mk_stmt(lo: usize, hi: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(lo, hi),
        kind,
    }
}

/// Statement list without the empty statements between semicolons.
pub fn mk_stmt_list(first: Stmt, rest: Vec<Stmt>) -> Vec<Stmt> {
    std::iter::once(first)
        .chain(rest)
        .filter(|s| !matches!(s.kind, StmtKind::Empty))
        .collect()
}

pub fn mk_import(
    lo: usize,
    name: Option<Ident>,
    plo: usize,
    path: Lit,
    hi: usize,
) -> Result<ImportSpec, PErr> {
    match path {
        Lit::Str(bytes) => Ok(ImportSpec {
            name,
            path: String::from_utf8_lossy(&bytes).into_owned(),
            path_span: Span::new(plo, hi),
            span: Span::new(lo, hi),
        }),
        _ => syntax_err(plo, "import path must be a string"),
    }
}

/// A struct field tag's text (`None` for a non-string literal, which gc's
/// parser accepts and its checker rejects).
pub fn mk_tag(lit: Lit) -> Option<String> {
    match lit {
        Lit::Str(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        _ => None,
    }
}

/// `~x` outside a constraint (gc's parser message).
pub fn tilde<T>(lo: usize) -> Result<T, PErr> {
    Err(user_err(
        lo,
        "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
    ))
}

/// Where gc puts an expression's position: binary operations at their
/// operator, everything else at its start.
fn expr_pos(x: &Expr) -> usize {
    match &x.kind {
        ExprKind::Binary { op_span, .. } => op_span.lo as usize,
        _ => x.span.lo as usize,
    }
}

/// `go x` / `defer x`: x must be a call, and not parenthesized.
pub fn mk_call_stmt(lo: usize, hi: usize, go: bool, x: Expr) -> Result<Stmt, PErr> {
    let kw = if go { "go" } else { "defer" };
    match &x.kind {
        ExprKind::Paren(_) => {
            return Err(user_err(
                expr_pos(&x),
                format!("expression in {kw} must not be parenthesized"),
            ))
        }
        ExprKind::Call { .. } => {}
        _ => {
            return Err(user_err(
                expr_pos(&x),
                format!("expression in {kw} must be function call"),
            ))
        }
    }
    let kind = if go {
        StmtKind::Go(x)
    } else {
        StmtKind::Defer(x)
    };
    Ok(mk_stmt(lo, hi, kind))
}

/// Label of an error whose position must move forward to the next token
/// (an assignment's operator, which the tree does not record).
pub const AT_NEXT_TOKEN: &str = "at next token";

/// Position of a simple statement as gc gives it: assignments at their
/// operator (marked for [`AT_NEXT_TOKEN`] fix-up from the end of the left
/// side), others at their start.
fn stmt_pos_err(s: &Stmt, msg: String) -> PErr {
    match &s.kind {
        StmtKind::Assign { lhs, .. } | StmtKind::Define { lhs, .. } => {
            let end = lhs.last().map_or(s.span.lo, |x| x.span.hi) as usize;
            ParseError::User {
                error: Diagnostic::new(Span::new(end, end), msg).with_label(AT_NEXT_TOKEN),
            }
        }
        _ => user_err(s.span.lo as usize, msg),
    }
}

/// A const declaration, each spec numbered with its `iota`.
pub fn mk_const_decl(g: (Vec<ValueSpec>, bool), lo: usize, hi: usize) -> ConstDecl {
    let (mut specs, grouped) = g;
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    ConstDecl {
        specs,
        grouped,
        span: Span::new(lo, hi),
    }
}

pub fn mk_func_decl(
    recv: Option<(Vec<Field>, Span)>,
    name: Ident,
    ty: FuncType,
    body: Option<Block>,
    lo: usize,
    hi: usize,
) -> Result<FuncDecl, PErr> {
    let recv = match recv {
        None => None,
        Some((fields, _)) => {
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            let at = name.span.lo as usize;
            match count {
                0 => return Err(user_err(at, "method has no receiver")),
                1 => fields.into_iter().next(),
                _ => return Err(user_err(at, "method has multiple receivers")),
            }
        }
    };
    Ok(FuncDecl {
        recv,
        name,
        ty,
        body,
        span: Span::new(lo, hi),
    })
}

/// One parsed parameter before grouping: `T`, `a T`, `a ...T` or `...T`.
pub struct ParamItem {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// Offset of `...` before the type, if written.
    pub dots: Option<usize>,
}

impl ParamItem {
    /// A lone identifier: a type if no item is named, else a name.
    fn bare(&self) -> Option<&Ident> {
        match (&self.name, &self.ty.kind, self.dots) {
            (None, ExprKind::Ident(id), None) => Some(id),
            _ => None,
        }
    }
}

/// Groups parameter items into fields the way gc's paramList does: if any
/// item is named, a bare identifier is a name whose type comes from the
/// next typed item (`a, b int`). `rparen` is the closing paren's offset.
pub fn group_params(items: Vec<ParamItem>, rparen: usize) -> Result<Vec<Field>, PErr> {
    let n = items.len();
    if let Some(p) = items[..n.saturating_sub(1)]
        .iter()
        .find(|p| p.dots.is_some())
    {
        return Err(user_err(
            p.dots.unwrap_or(0),
            "can only use ... with final parameter",
        ));
    }
    let named = items.iter().filter(|p| p.name.is_some()).count();
    let typed = items.iter().filter(|p| p.bare().is_none()).count();
    if named == 0 {
        return Ok(items
            .into_iter()
            .map(|p| Field {
                names: vec![],
                span: p.ty.span,
                ty: p.ty,
                variadic: p.dots.is_some(),
                tag: None,
            })
            .collect());
    }
    if named != n {
        // Right to left, as gc: the leftmost problem is reported.
        let mut err_pos = None;
        let mut have_type = false;
        for p in items.iter().rev() {
            if p.bare().is_none() {
                have_type = true;
                if p.name.is_none() {
                    err_pos = Some(p.ty.span.lo as usize);
                }
            } else if !have_type {
                err_pos = Some(p.ty.span.lo as usize);
            }
        }
        if let Some(pos) = err_pos {
            return if named == typed {
                syntax_err(rparen, "missing parameter type")
            } else {
                syntax_err(pos, "missing parameter name")
            };
        }
    }
    let mut fields: Vec<Field> = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for p in items {
        if let Some(id) = p.bare() {
            pending.push(id.clone());
            continue;
        }
        let mut names = std::mem::take(&mut pending);
        names.extend(p.name);
        let lo = names.first().map_or(p.ty.span, |id| id.span);
        fields.push(Field {
            span: lo.to(p.ty.span),
            names,
            ty: p.ty,
            variadic: p.dots.is_some(),
            tag: None,
        });
    }
    Ok(fields)
}

#[allow(clippy::too_many_arguments)]
pub fn mk_slice3(
    ids: &mut NodeIds,
    lo: usize,
    hi: usize,
    x: Expr,
    a: Option<Expr>,
    b: Option<Expr>,
    colon2: usize,
    c: Option<Expr>,
    rbrack: usize,
) -> Result<Expr, PErr> {
    if b.is_none() {
        return Err(user_err(colon2, "middle index required in 3-index slice"));
    }
    if c.is_none() {
        return Err(user_err(rbrack, "final index required in 3-index slice"));
    }
    Ok(mk_expr(
        ids,
        lo,
        hi,
        ExprKind::Slice {
            x: Box::new(x),
            lo: a.map(Box::new),
            hi: b.map(Box::new),
            max: c.map(Box::new),
            three: true,
        },
    ))
}

pub fn mk_call(
    ids: &mut NodeIds,
    lo: usize,
    hi: usize,
    fun: Expr,
    a: (Vec<Expr>, Option<Span>, Span),
) -> Expr {
    mk_expr(
        ids,
        lo,
        hi,
        ExprKind::Call {
            fun: Box::new(fun),
            args: a.0,
            ellipsis: a.1,
            rparen: a.2,
        },
    )
}

/// `T{...}`: allowed when T is a (qualified) name or an array, slice, map
/// or struct type, as in gc's pexpr.
pub fn mk_complit(
    ids: &mut NodeIds,
    lo: usize,
    hi: usize,
    ty: Expr,
    v: (Vec<Element>, usize, Span),
) -> Result<Expr, PErr> {
    let mut inner = &ty;
    let mut parens = false;
    while let ExprKind::Paren(x) = &inner.kind {
        inner = x;
        parens = true;
    }
    let ok = match &inner.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector { x, .. } => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::ArrayType { .. } | ExprKind::MapType { .. } | ExprKind::StructType(_) => true,
        _ => false,
    };
    if !ok {
        // gc ends the expression before this `{`; report the brace as an
        // unexpected token where the expression stopped.
        return Err(ParseError::UnrecognizedToken {
            token: (v.1, Tok::LBrace, v.1 + 1),
            expected: vec![],
        });
    }
    if parens {
        return syntax_err(
            ty.span.lo as usize,
            "cannot parenthesize type in composite literal",
        );
    }
    Ok(mk_expr(
        ids,
        lo,
        hi,
        ExprKind::CompositeLit {
            ty: Some(Box::new(ty)),
            elts: v.0,
            rbrace: v.2,
        },
    ))
}

/// The parts of an if or switch header: `[init ;] [tag]`.
pub struct Header {
    pub init: Option<Stmt>,
    /// Offset and token of the `;` (written, or inserted at a newline).
    pub semi: Option<(usize, Tok)>,
    pub tag: Option<Stmt>,
}

/// gc's "cannot use ... as value" for a header statement that is not an
/// expression.
fn not_a_value<T>(s: &Stmt) -> Result<T, PErr> {
    let text = match &s.kind {
        StmtKind::Assign { lhs, op: None, rhs } => {
            format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
        }
        _ => simple_stmt_string(s),
    };
    Err(stmt_pos_err(
        s,
        format!("syntax error: cannot use {text} as value"),
    ))
}

fn emphasize(xs: &[Expr]) -> String {
    match xs {
        [x] if matches!(x.kind, ExprKind::Binary { .. }) => format!("({})", expr_string(x)),
        _ => crate::syntax::printer::list_string(xs),
    }
}

pub fn mk_if(
    lo: usize,
    hi: usize,
    h: Header,
    then: Block,
    els: Option<Stmt>,
) -> Result<Stmt, PErr> {
    let cond = match h.tag {
        Some(Stmt {
            kind: StmtKind::Expr(x),
            ..
        }) => x,
        Some(s) => return not_a_value(&s),
        None => {
            return match h.semi {
                Some((at, Tok::Semi(kind))) if kind != SemiKind::Semicolon => syntax_err(
                    at,
                    format!("unexpected {}, expected {{ after if clause", kind.as_str()),
                ),
                Some((at, _)) => syntax_err(at, "missing condition in if statement"),
                None => syntax_err(lo, "missing condition in if statement"),
            };
        }
    };
    Ok(mk_stmt(
        lo,
        hi,
        StmtKind::If {
            init: h.init.map(Box::new),
            cond,
            then,
            els: els.map(Box::new),
        },
    ))
}

pub fn mk_switch(
    lo: usize,
    hi: usize,
    h: Option<Header>,
    body: Vec<CaseClause>,
    rbrace: Span,
) -> Result<Stmt, PErr> {
    let (init, tag) = match h {
        None => (None, None),
        Some(h) => (h.init.map(Box::new), h.tag),
    };
    let kind = match tag {
        None => StmtKind::Switch {
            init,
            tag: None,
            body,
            rbrace,
        },
        Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::TypeAssert { x, ty: None },
                    ..
                }),
            ..
        }) => StmtKind::TypeSwitch {
            init,
            bind: None,
            x: *x,
            body,
            rbrace,
        },
        Some(Stmt {
            kind: StmtKind::Expr(x),
            ..
        }) => StmtKind::Switch {
            init,
            tag: Some(x),
            body,
            rbrace,
        },
        Some(s) => match type_switch_guard(s) {
            Ok((bind, x)) => StmtKind::TypeSwitch {
                init,
                bind: Some(bind),
                x,
                body,
                rbrace,
            },
            Err(s) => return not_a_value(&s),
        },
    };
    Ok(mk_stmt(lo, hi, kind))
}

/// `v := x.(type)` split into its binding and operand; anything else back.
fn type_switch_guard(s: Stmt) -> Result<(Ident, Expr), Stmt> {
    if let StmtKind::Define { lhs, rhs } = &s.kind {
        if let ([l], [r]) = (lhs.as_slice(), rhs.as_slice()) {
            if let (ExprKind::Ident(id), ExprKind::TypeAssert { x, ty: None }) = (&l.kind, &r.kind)
            {
                return Ok((id.clone(), (**x).clone()));
            }
        }
    }
    Err(s)
}

pub fn mk_for_cond(lo: usize, hi: usize, c: Stmt, body: Block) -> Result<Stmt, PErr> {
    match c.kind {
        StmtKind::Expr(x) => Ok(mk_stmt(
            lo,
            hi,
            StmtKind::For {
                init: None,
                cond: Some(x),
                post: None,
                body,
            },
        )),
        _ => not_a_value(&c),
    }
}

pub fn mk_for(
    lo: usize,
    hi: usize,
    init: Option<Stmt>,
    cond: Option<Expr>,
    post: Option<Stmt>,
    body: Block,
) -> Result<Stmt, PErr> {
    if let Some(p) = &post {
        if matches!(p.kind, StmtKind::Define { .. }) {
            let msg = "syntax error: cannot declare in post statement of for loop";
            return Err(stmt_pos_err(p, msg.to_string()));
        }
    }
    Ok(mk_stmt(
        lo,
        hi,
        StmtKind::For {
            init: init.map(Box::new),
            cond,
            post: post.map(Box::new),
            body,
        },
    ))
}

pub fn mk_range(
    lo: usize,
    hi: usize,
    r: (Vec<Expr>, bool, Expr),
    body: Block,
) -> Result<Stmt, PErr> {
    let (lhs, define, x) = r;
    if lhs.len() > 2 {
        let at = lhs[2].span.lo as usize;
        return Err(user_err(
            at,
            "range clause permits at most two iteration variables",
        ));
    }
    let mut it = lhs.into_iter();
    let key = it.next();
    let value = it.next();
    Ok(mk_stmt(
        lo,
        hi,
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        },
    ))
}
