//! Node construction for the grammar's actions, and the checks gc's parser
//! makes once it has parsed a general form: parameter grouping, if / for /
//! switch headers, 3-index slices, composite literal types, receivers.
//!
//! Every function here is called from grammar/go.lalrpop; a failing check
//! returns a `ParseError::User` carrying gc's message and position, which
//! ends the parse.

use crate::diag::Diagnostic;
use crate::syntax::ast::*;
use crate::syntax::printer::{list_string_marked, simple_stmt_string_marked};
use crate::syntax::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

/// The parser's state beside its stack: the node counter, and the errors
/// after which gc's parser goes on building the tree (they do not start
/// with "syntax error:", and gc still type-checks).
#[derive(Default)]
pub struct Cx {
    pub ids: NodeIds,
    pub soft: Vec<Diagnostic>,
}

impl Cx {
    pub fn fresh(&mut self) -> NodeId {
        self.ids.fresh()
    }
    fn soft_error(&mut self, pos: usize, msg: impl Into<String>) {
        self.soft
            .push(Diagnostic::new(Span::new(pos, pos + 1), msg));
    }
}

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

pub fn mk_ident(ids: &mut Cx, lo: usize, name: Name, hi: usize) -> Ident {
    Ident {
        id: ids.fresh(),
        name,
        span: Span::new(lo, hi),
    }
}

pub fn mk_expr(ids: &mut Cx, lo: usize, hi: usize, kind: ExprKind) -> Expr {
    Expr {
        id: ids.fresh(),
        span: Span::new(lo, hi),
        kind,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn mk_binary(
    ids: &mut Cx,
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

pub fn mk_stmt(lo: usize, hi: usize, kind: StmtKind) -> Box<Stmt> {
    Box::new(Stmt {
        span: Span::new(lo, hi),
        kind,
    })
}

/// The values of a list of boxed nonterminals.
pub fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|b| *b).collect()
}

/// Statement list without the empty statements between semicolons.
pub fn mk_stmt_list(first: Box<Stmt>, rest: Vec<Box<Stmt>>) -> Vec<Stmt> {
    std::iter::once(first)
        .chain(rest)
        .filter(|s| !matches!(s.kind, StmtKind::Empty))
        .map(|s| *s)
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
        // The go command's check, before gc: no "syntax error:" prefix.
        _ => Err(user_err(plo, "import path must be a string")),
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

/// A parenthesized embedded struct field (gc's parser rejects it).
pub fn paren_embed<T>(lo: usize) -> Result<T, PErr> {
    syntax_err(lo, "cannot parenthesize embedded type")
}

/// `~x` outside a constraint: gc's parser complains and keeps `x`.
pub fn tilde(ids: &mut Cx, lo: usize, x: Expr) -> Expr {
    ids.soft_error(
        lo,
        "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
    );
    x
}

/// Where gc puts an expression's position: binary operations at their
/// operator, everything else at its start.
fn expr_pos(x: &Expr) -> usize {
    match &x.kind {
        ExprKind::Binary { op_span, .. } => op_span.lo as usize,
        _ => x.span.lo as usize,
    }
}

/// `go x` / `defer x`: x must be a call, and not parenthesized. Like gc,
/// complain and go on, with `x` unparenthesized. A non-call stays as it
/// is (the checker, which sees it too, reports it at the same place).
pub fn mk_call_stmt(ids: &mut Cx, lo: usize, hi: usize, go: bool, x: Expr) -> Box<Stmt> {
    let kw = if go { "go" } else { "defer" };
    let mut x = x;
    if let ExprKind::Paren(_) = &x.kind {
        ids.soft_error(
            expr_pos(&x),
            format!("expression in {kw} must not be parenthesized"),
        );
        while let ExprKind::Paren(inner) = x.kind {
            x = *inner;
        }
    }
    if !matches!(x.kind, ExprKind::Call { .. }) {
        ids.soft_error(
            expr_pos(&x),
            format!("expression in {kw} must be function call"),
        );
    }
    let kind = if go {
        StmtKind::Go(x)
    } else {
        StmtKind::Defer(x)
    };
    mk_stmt(lo, hi, kind)
}

/// Label of an error whose position must move forward to the next token
/// (an assignment's operator, which the tree does not record).
pub const AT_NEXT_TOKEN: &str = "at next token";

/// Position of a simple statement as gc gives it: assignments at their
/// operator (marked for [`AT_NEXT_TOKEN`] fix-up from the end of the left
/// side), others at their start.
fn stmt_pos_err(s: &Stmt, msg: String) -> PErr {
    let left_end = match &s.kind {
        StmtKind::Assign { lhs, .. } | StmtKind::Define { lhs, .. } => {
            lhs.last().map_or(s.span.lo, |x| x.span.hi)
        }
        StmtKind::Send { ch, .. } => ch.span.hi,
        StmtKind::IncDec { x, .. } => x.span.hi,
        _ => return user_err(s.span.lo as usize, msg),
    } as usize;
    ParseError::User {
        error: Diagnostic::new(Span::new(left_end, left_end), msg).with_label(AT_NEXT_TOKEN),
    }
}

/// A const declaration, each spec numbered with its `iota`.
pub fn mk_const_decl(g: (Vec<Box<ValueSpec>>, bool), lo: usize, hi: usize) -> ConstDecl {
    let (specs, grouped) = g;
    let mut specs = unbox(specs);
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    ConstDecl {
        specs,
        grouped,
        span: Span::new(lo, hi),
    }
}

/// A function or method declaration. A receiver list must hold exactly
/// one receiver; gc complains otherwise and goes on without one, or with
/// the first.
pub fn mk_func_decl(
    ids: &mut Cx,
    recv: Option<(Vec<Field>, Span)>,
    name: Ident,
    ty: FuncType,
    body: Option<Block>,
    lo: usize,
    hi: usize,
) -> FuncDecl {
    let recv = match recv {
        None => None,
        Some((fields, _)) => {
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            let at = name.span.lo as usize;
            match count {
                0 => ids.soft_error(at, "method has no receiver"),
                1 => {}
                _ => ids.soft_error(at, "method has multiple receivers"),
            }
            fields.into_iter().next().map(|mut f| {
                f.names.truncate(1);
                f
            })
        }
    };
    FuncDecl {
        recv,
        name,
        ty,
        body,
        span: Span::new(lo, hi),
    }
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
pub fn group_params(
    ids: &mut Cx,
    items: Vec<Box<ParamItem>>,
    rparen: usize,
) -> Result<Vec<Field>, PErr> {
    let mut items = unbox(items);
    let n = items.len();
    // `...T` before the last parameter: gc complains once and uses T.
    let mut first = true;
    for p in items.iter_mut().take(n.saturating_sub(1)) {
        if let Some(at) = p.dots.take() {
            if first {
                ids.soft_error(at, "can only use ... with final parameter");
                first = false;
            }
        }
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
    ids: &mut Cx,
    lo: usize,
    hi: usize,
    x: Expr,
    a: Option<Expr>,
    b: Option<Expr>,
    colon2: usize,
    c: Option<Expr>,
    rbrack: usize,
) -> Expr {
    // gc complains and goes on (the checker sees the missing index).
    if b.is_none() {
        ids.soft_error(colon2, "middle index required in 3-index slice");
    }
    if c.is_none() {
        ids.soft_error(rbrack, "final index required in 3-index slice");
    }
    mk_expr(
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
    )
}

pub fn mk_call(
    ids: &mut Cx,
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
    ids: &mut Cx,
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
        return syntax_err(v.1, "cannot parenthesize type in composite literal");
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
    pub init: Option<Box<Stmt>>,
    /// Offset and token of the `;` (written, or inserted at a newline).
    pub semi: Option<(usize, Tok)>,
    pub tag: Option<Box<Stmt>>,
}

/// gc's "cannot use ... as value" for a header statement that is not an
/// expression.
fn not_a_value<T>(s: &Stmt) -> Result<T, PErr> {
    let text = match &s.kind {
        StmtKind::Assign { lhs, op: None, rhs } => {
            format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
        }
        _ => simple_stmt_string_marked(s),
    };
    Err(stmt_pos_err(
        s,
        format!("syntax error: cannot use {text} as value"),
    ))
}

fn emphasize(xs: &[Expr]) -> String {
    match xs {
        [x] if matches!(x.kind, ExprKind::Binary { .. }) => {
            format!("({})", list_string_marked(xs))
        }
        _ => list_string_marked(xs),
    }
}

pub fn mk_if(
    lo: usize,
    hi: usize,
    h: Header,
    then: Block,
    els: Option<Box<Stmt>>,
) -> Result<Box<Stmt>, PErr> {
    let cond = match h.tag.map(|t| *t) {
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
            init: h.init,
            cond,
            then,
            els,
        },
    ))
}

pub fn mk_switch(
    lo: usize,
    hi: usize,
    h: Option<Header>,
    body: Vec<CaseClause>,
    rbrace: Span,
) -> Result<Box<Stmt>, PErr> {
    let (init, tag) = match h {
        None => (None, None),
        Some(h) => (h.init, h.tag.map(|t| *t)),
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
        Some(s) => match type_switch_guard(&s) {
            Some((bind, x)) => StmtKind::TypeSwitch {
                init,
                bind: Some(bind),
                x,
                body,
                rbrace,
            },
            None => return not_a_value(&s),
        },
    };
    Ok(mk_stmt(lo, hi, kind))
}

/// `v := x.(type)` split into its binding and operand.
fn type_switch_guard(s: &Stmt) -> Option<(Ident, Expr)> {
    if let StmtKind::Define { lhs, rhs } = &s.kind {
        if let ([l], [r]) = (lhs.as_slice(), rhs.as_slice()) {
            if let (ExprKind::Ident(id), ExprKind::TypeAssert { x, ty: None }) = (&l.kind, &r.kind)
            {
                return Some((id.clone(), (**x).clone()));
            }
        }
    }
    None
}

pub fn mk_for_cond(lo: usize, hi: usize, c: Box<Stmt>, body: Block) -> Result<Box<Stmt>, PErr> {
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
    init: Option<Box<Stmt>>,
    cond: Option<Box<Stmt>>,
    post: Option<Box<Stmt>>,
    body: Block,
) -> Result<Box<Stmt>, PErr> {
    // gc parses the condition as a simple statement and then wants an
    // expression.
    let cond = match cond.map(|c| *c) {
        None => None,
        Some(Stmt {
            kind: StmtKind::Expr(x),
            ..
        }) => Some(x),
        Some(c) => return not_a_value(&c),
    };
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
            init,
            cond,
            post,
            body,
        },
    ))
}

/// A range loop; more than two iteration variables is the checker's error
/// in gc (reported here, as the tree holds two: the rest are dropped).
pub fn mk_range(
    ids: &mut Cx,
    lo: usize,
    hi: usize,
    r: (Vec<Expr>, bool, Expr),
    body: Block,
) -> Box<Stmt> {
    let (lhs, define, x) = r;
    if lhs.len() > 2 {
        let at = lhs[2].span.lo as usize;
        ids.soft_error(at, "range clause permits at most two iteration variables");
    }
    let mut it = lhs.into_iter();
    let key = it.next();
    let value = it.next();
    mk_stmt(
        lo,
        hi,
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        },
    )
}
