//! From lalrpop's "unrecognized token, expected one of ..." to gc's words.
//!
//! gc's parser is recursive descent and phrases each error from where it
//! stands: inside an argument list it says "unexpected X in argument list;
//! possibly missing comma or )", after a statement "unexpected X at end of
//! statement", and so on. An LR parser knows the set of tokens it could have
//! accepted instead; together with the enclosing bracket (found by
//! re-scanning the tokens before the error, see `Context`) that set tells
//! which of gc's phrasings applies. Token names follow gc's `syntaxErrorAt`
//! ([`Tok::describe`]).
//!
//! Setting GORUN_SYNTAX_DEBUG prints, for each error, the raw lalrpop
//! error and the context found (a help when adding a case to the corpus).

use crate::diag::Diagnostic;
use crate::syntax::ast::Span;
use crate::syntax::lexer::Lexer;
use crate::syntax::parser::build::AT_NEXT_TOKEN;
use crate::syntax::token::{SemiKind, Tok};
use lalrpop_util::ParseError;

/// What the innermost open bracket at the error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Args,
    Params,
    Paren,
    Index,
    CompositeLit,
    /// A block, or a struct/interface body, or a decl group.
    Block,
    StructBody,
    InterfaceBody,
    Group,
    /// The body of a switch or select: case clauses.
    SwitchBody,
    TypeGroup,
    VarGroup,
    ImportGroup,
    MapKey,
}

/// Where the error token sits, from a scan of the tokens before it.
struct Context {
    /// Innermost open bracket (none at top level).
    open: Option<Open>,
    /// The token before the error token, and the one before that.
    prev: Option<Tok>,
    prev2: Option<Tok>,
    prev3: Option<Tok>,
    prev4: Option<Tok>,
    /// Offset of the token before `prev`.
    prev2_pos: usize,
    /// Offset of the token before the error token.
    prev_pos: usize,
    /// Whether the error is at the top level of the file (outside any
    /// bracket), i.e. between declarations.
    top_level: bool,
    /// Keyword of an if/for/switch header the error sits in, if any, and
    /// how many of its semicolons came before the error.
    header: Option<(Tok, usize)>,
    /// Whether the error is between `case` and its `:`.
    in_case: bool,
    /// Whether the previous token closed `map[K]` or `[N]`, so that an
    /// element type must follow.
    after_type_bracket: bool,
}

fn ends_operand(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Ident(_) | Tok::Lit(_) | Tok::RParen | Tok::RBrack | Tok::RBrace
    )
}

impl Context {
    /// Re-lexes `src` up to byte `at` and classifies the open brackets.
    fn scan(src: &str, at: usize) -> Context {
        // Each open bracket with its kind; for `(`, whether a signature's
        // closing paren may be followed by results / a body.
        let mut stack: Vec<Open> = Vec::new();
        // Headers (keyword, depth) awaiting their `{`.
        // (keyword, depth, semicolons seen in the header so far)
        let mut headers: Vec<(Tok, usize, usize)> = Vec::new();
        // Depth at which a func signature awaits its body `{`.
        let mut sig_depth: Option<usize> = None;
        let mut toks: Vec<Tok> = Vec::new();
        let mut last_closed: Option<Open> = None;
        let mut last_pos = 0;
        let mut prev_pos = 0;
        // Depths of `case` clauses awaiting their `:`.
        let mut cases: Vec<usize> = Vec::new();
        for item in Lexer::new(src) {
            let Ok((lo, tok, _)) = item else { break };
            if lo >= at {
                break;
            }
            prev_pos = last_pos;
            last_pos = lo;
            let prev = toks.last();
            let prev2 = toks.len().checked_sub(2).map(|i| &toks[i]);
            match &tok {
                Tok::LParen => {
                    let kind = match (prev, prev2) {
                        (Some(Tok::Func), _) => Open::Params,
                        (Some(Tok::Ident(_)), Some(Tok::Func)) => Open::Params,
                        (Some(Tok::Ident(_)), Some(Tok::RParen))
                            if last_closed == Some(Open::Params) && sig_depth.is_some() =>
                        {
                            Open::Params
                        }
                        (Some(Tok::Ident(_)), _) if stack.last() == Some(&Open::InterfaceBody) => {
                            Open::Params
                        }
                        (Some(Tok::RParen), _)
                            if last_closed == Some(Open::Params)
                                && sig_depth == Some(stack.len()) =>
                        {
                            Open::Params
                        }
                        (Some(Tok::Import), _) => Open::ImportGroup,
                        (Some(Tok::Const), _) => Open::Group,
                        (Some(Tok::Var), _) => Open::VarGroup,
                        (Some(Tok::Type), _) => Open::TypeGroup,
                        (Some(t), _) if ends_operand(t) => Open::Args,
                        _ => Open::Paren,
                    };
                    if kind == Open::Params {
                        sig_depth = Some(stack.len());
                    }
                    stack.push(kind);
                }
                Tok::LBrack if matches!(prev, Some(Tok::Map)) => stack.push(Open::MapKey),
                Tok::LBrack
                    if prev.is_some_and(ends_operand)
                        && !matches!(prev2, Some(Tok::Var | Tok::Type | Tok::Const)) =>
                {
                    stack.push(Open::Index)
                }
                Tok::LBrack => stack.push(Open::MapKey),
                Tok::Colon if stack.last() == Some(&Open::Index) => {
                    stack.pop();
                    stack.push(Open::MapKey);
                }
                Tok::Case => cases.push(stack.len()),
                Tok::Colon if cases.last() == Some(&stack.len()) => {
                    cases.pop();
                }
                Tok::LBrace => {
                    let depth = stack.len();
                    let kind = if matches!(prev, Some(Tok::Struct)) {
                        Open::StructBody
                    } else if matches!(prev, Some(Tok::Interface)) {
                        Open::InterfaceBody
                    } else if headers.last().is_some_and(|h| h.1 == depth)
                        && !matches!(prev, Some(Tok::RBrack))
                    {
                        match headers.pop() {
                            Some((Tok::Switch | Tok::Select, _, _)) => Open::SwitchBody,
                            _ => Open::Block,
                        }
                    } else if sig_depth == Some(depth) {
                        sig_depth = None;
                        Open::Block
                    } else if (prev.is_some_and(ends_operand) && !matches!(prev, Some(Tok::RParen)))
                        || (matches!(prev, Some(Tok::Comma | Tok::Colon | Tok::LBrace))
                            && stack.last() == Some(&Open::CompositeLit))
                    {
                        Open::CompositeLit
                    } else {
                        Open::Block
                    };
                    stack.push(kind);
                }
                Tok::RParen | Tok::RBrack | Tok::RBrace => {
                    last_closed = stack.pop();
                }
                Tok::Semi(_) => {
                    let depth = stack.len();
                    if let Some(h) = headers.last_mut().filter(|h| h.1 == depth) {
                        h.2 += 1;
                    }
                }
                Tok::If | Tok::For | Tok::Switch | Tok::Select => {
                    headers.push((tok.clone(), stack.len(), 0))
                }
                _ => {}
            }
            if !matches!(tok, Tok::RParen | Tok::RBrack | Tok::RBrace)
                && !matches!(tok, Tok::LParen)
            {
                // keep last_closed only for the token right after a `)`
                if !matches!(tok, Tok::Ident(_)) {
                    last_closed = None;
                }
            }
            toks.push(tok);
        }
        let depth = stack.len();
        Context {
            open: stack.last().copied(),
            prev: toks.last().cloned(),
            prev2: toks.len().checked_sub(2).map(|i| toks[i].clone()),
            prev3: toks.len().checked_sub(3).map(|i| toks[i].clone()),
            prev4: toks.len().checked_sub(4).map(|i| toks[i].clone()),
            prev2_pos: prev_pos,
            prev_pos: last_pos,
            top_level: depth == 0,
            header: headers
                .last()
                .filter(|h| h.1 == depth)
                .map(|h| (h.0.clone(), h.2)),
            in_case: cases.last() == Some(&depth),
            after_type_bracket: matches!(toks.last(), Some(Tok::RBrack))
                && last_closed == Some(Open::MapKey),
        }
    }
}

/// Whether the expected-token list names `t` (lalrpop quotes terminals).
fn has(expected: &[String], t: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == t)
}

fn at(pos: usize, msg: String) -> Diagnostic {
    Diagnostic::new(Span::new(pos, pos + 1), format!("syntax error: {msg}"))
}

fn plain(pos: usize, msg: String) -> Diagnostic {
    Diagnostic::new(Span::new(pos, pos + 1), msg)
}

/// gorun's own message where Go would accept type parameters.
pub const GENERICS_UNSUPPORTED: &str = "type parameters (generics) are not supported by gorun";

/// gc's message for a parse error of `src`.
pub fn translate(src: &str, err: ParseError<usize, Tok, Diagnostic>) -> Diagnostic {
    match err {
        ParseError::User { mut error } => {
            error.message = crate::syntax::printer::fill_lit_marks(&error.message, src);
            if error.label.as_deref() == Some(AT_NEXT_TOKEN) {
                let from = error.span.lo as usize;
                let next = Lexer::new(src.get(from..).unwrap_or(""))
                    .next()
                    .and_then(|t| t.ok())
                    .map_or(from, |(lo, _, _)| from + lo);
                error.span = Span::new(next, next + 1);
                error.label = None;
            }
            error
        }
        ParseError::InvalidToken { location } => at(location, "invalid token".into()),
        ParseError::UnrecognizedEof { location, expected } => unexpected(
            src,
            location,
            location,
            &Tok::Semi(SemiKind::Eof),
            &expected,
        ),
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => unexpected(src, lo, hi, &tok, &expected),
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => {
            let text = src.get(lo..hi).unwrap_or("");
            at(lo, format!("unexpected {}", tok.describe(text)))
        }
    }
}

/// How go/parser names the token it found, as the go command prints it
/// in "expected 'package', found ..." (it reads the package clause and the
/// imports itself, before gc): a name or literal as written, "newline" for
/// an inserted semicolon, any other token quoted.
fn go_found(tok: &Tok, text: &str) -> String {
    match tok {
        Tok::Ident(_) | Tok::Lit(_) => text.to_string(),
        Tok::Semi(SemiKind::Newline) => "newline".into(),
        Tok::Semi(SemiKind::Eof) => "'EOF'".into(),
        Tok::Semi(SemiKind::Semicolon) => "';'".into(),
        t => format!("'{}'", t.text().unwrap_or("?")),
    }
}

/// Messages of the go command's own reading of the package clause and
/// imports: when one occurs, gc never runs and nothing else is reported.
pub const GO_COMMAND_MESSAGES: &[&str] = &[
    "expected 'package', found ",
    "expected 'IDENT', found ",
    "missing import path",
    "import path must be a string",
];

/// Start of the token after the one at `lo..hi`.
fn next_token_pos(src: &str, hi: usize) -> usize {
    Lexer::new(src.get(hi..).unwrap_or(""))
        .next()
        .and_then(|t| t.ok())
        .map_or(hi, |(lo, _, _)| hi + lo)
}

fn unexpected(src: &str, lo: usize, hi: usize, tok: &Tok, expected: &[String]) -> Diagnostic {
    let text = src.get(lo..hi).unwrap_or("");
    let what = tok.describe(text);
    let ctx = Context::scan(src, lo);
    if std::env::var_os("GORUN_SYNTAX_DEBUG").is_some() {
        eprintln!(
            "error at {lo}: {tok:?} expected {expected:?} open {:?} prev {:?} {:?} header {:?}",
            ctx.open, ctx.prev, ctx.prev2, ctx.header
        );
    }
    let msg = |rest: &str| at(lo, format!("unexpected {what}{rest}"));
    let prev = ctx.prev.as_ref();

    // The package clause, which the go command reads before gc does.
    if prev.is_none() {
        return plain(
            lo,
            format!("expected 'package', found {}", go_found(tok, text)),
        );
    }
    if matches!(prev, Some(Tok::Package)) {
        return plain(
            lo,
            format!("expected 'IDENT', found {}", go_found(tok, text)),
        );
    }
    if matches!(prev, Some(Tok::Import))
        || (matches!(prev, Some(Tok::Ident(_) | Tok::Dot))
            && (matches!(ctx.prev2, Some(Tok::Import)) || ctx.open == Some(Open::ImportGroup)))
        || (ctx.open == Some(Open::ImportGroup) && !matches!(tok, Tok::Lit(_)))
    {
        return plain(lo, "missing import path".into());
    }
    if matches!(tok, Tok::Tilde) {
        return plain(
            lo,
            "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)"
                .into(),
        );
    }
    match (prev, tok) {
        (Some(Tok::Else), _) => {
            return at(lo, "else must be followed by if or statement block".into())
        }
        (Some(Tok::Chan), t) if !starts_type(t) => {
            return at(lo, "missing channel element type".into())
        }
        (Some(Tok::Arrow), Tok::RParen | Tok::Comma | Tok::Semi(_) | Tok::RBrack | Tok::RBrace)
            if matches!(ctx.prev2, Some(Tok::Chan)) =>
        {
            return at(lo, "missing channel element type".into())
        }
        (Some(Tok::Map), _) => return msg(", expected ["),
        (Some(Tok::Ident(_)), _) if matches!(ctx.prev2, Some(Tok::Package)) => {
            return msg(", expected semicolon or newline")
        }
        (Some(Tok::Semi(_)), Tok::Semi(SemiKind::Eof))
            if matches!(
                ctx.open,
                Some(Open::Group | Open::VarGroup | Open::TypeGroup | Open::ImportGroup)
            ) =>
        {
            return msg(", expected )")
        }
        (Some(Tok::Ellipsis), _) if ctx.open == Some(Open::Params) => {
            return at(lo, "... is missing type".into())
        }
        (Some(Tok::Ident(_)), Tok::Semi(_) | Tok::RBrace)
            if ctx.open == Some(Open::StructBody) && matches!(ctx.prev2, Some(Tok::Comma)) =>
        {
            return msg(", expected type")
        }
        (Some(Tok::Colon), t)
            if matches!(ctx.prev2, Some(Tok::Ident(_)))
                && matches!(ctx.prev3, Some(Tok::Semi(_) | Tok::LBrace) | None)
                && !starts_stmt(t)
                && !matches!(t, Tok::RBrace) =>
        {
            return at(ctx.prev_pos, "missing statement after label".into())
        }
        (Some(Tok::Semi(_)), Tok::LBrace) if matches!(&ctx.header, Some((Tok::For, 1))) => {
            return msg(", expected for loop condition")
        }
        (Some(Tok::Ident(_)), Tok::LBrack) if matches!(ctx.prev2, Some(Tok::Func)) => {
            return plain(lo, GENERICS_UNSUPPORTED.into())
        }
        // `type Name[T any]`: gc reads a type parameter list.
        (Some(Tok::Ident(_)), Tok::Ident(_))
            if matches!(ctx.prev2, Some(Tok::LBrack))
                && matches!(ctx.prev3, Some(Tok::Ident(_)))
                && matches!(ctx.prev4, Some(Tok::Type | Tok::Semi(_) | Tok::LParen)) =>
        {
            return plain(ctx.prev2_pos, GENERICS_UNSUPPORTED.into())
        }
        (Some(Tok::LBrack), _) if matches!(ctx.prev2, Some(Tok::Map)) => {
            return msg(", expected type")
        }
        (Some(Tok::Semi(_)), t)
            if ctx.header.is_some()
                && (matches!(t, Tok::Semi(SemiKind::Eof)) || !starts_stmt(t))
                && !matches!(t, Tok::LBrace) =>
        {
            return msg(", expected expression")
        }
        (Some(Tok::RBrack), _) if ctx.after_type_bracket && !matches!(tok, Tok::LParen) => {
            return msg(", expected type")
        }
        (Some(Tok::Dot), _) => return msg(", expected name or ("),
        (Some(Tok::Ellipsis), _) if ctx.open == Some(Open::Args) => return msg(", expected )"),
        (Some(Tok::Comma), _)
            if matches!(ctx.prev2, Some(Tok::Ellipsis)) && ctx.open == Some(Open::Args) =>
        {
            return msg(", expected )")
        }
        _ if expected.len() == 1 && has(expected, "ident") => return msg(", expected name"),
        _ if ctx.in_case && prev.is_some_and(ends_operand) => return msg(", expected :"),
        (Some(kw @ (Tok::If | Tok::For | Tok::Switch)), Tok::Var) => {
            let kw = kw.text().unwrap_or("if");
            return at(
                next_token_pos(src, hi),
                format!("var declaration not allowed in {kw} initializer"),
            );
        }
        (Some(Tok::If), Tok::LBrace) => return at(lo, "missing condition in if statement".into()),
        (_, Tok::Define) if has(expected, "=") && !has(expected, ":=") => {
            return msg(", expected =")
        }
        (_, _) if has(expected, "=") && has(expected, ":=") && !has(expected, "op=") => {
            return msg(", expected := or = or comma")
        }
        (Some(Tok::Comma), _) if ctx.open == Some(Open::Params) => return msg(", expected )"),
        (Some(Tok::Ident(_)), _)
            if matches!(ctx.prev2, Some(Tok::Type))
                || (ctx.open == Some(Open::TypeGroup)
                    && matches!(ctx.prev2, Some(Tok::Semi(_) | Tok::LParen))) =>
        {
            return msg(" in type declaration")
        }
        (Some(Tok::Ident(_)), Tok::Semi(_) | Tok::RParen)
            if ctx.open == Some(Open::VarGroup)
                && matches!(ctx.prev2, Some(Tok::Semi(_) | Tok::LParen | Tok::Comma)) =>
        {
            return msg(", expected type")
        }
        (Some(Tok::Break | Tok::Continue | Tok::Fallthrough), t)
            if !matches!(t, Tok::Ident(_) | Tok::Semi(_) | Tok::RBrace) =>
        {
            return msg(" at end of statement")
        }
        (Some(Tok::LBrack), Tok::RBrack) if ctx.open == Some(Open::Index) => {
            return msg(", expected operand")
        }
        (Some(Tok::LBrace | Tok::Semi(_)), t)
            if ctx.open == Some(Open::InterfaceBody)
                && !matches!(t, Tok::Ident(_) | Tok::LParen | Tok::RBrace) =>
        {
            return msg(", expected ~ term or type")
        }
        (Some(Tok::Select), t) if !matches!(t, Tok::LBrace) => {
            return at(lo, "missing { after select clause".into())
        }
        (Some(Tok::Ident(_)), _) if matches!(ctx.prev2, Some(Tok::Var)) => {
            return msg(", expected type")
        }
        _ if expected.len() == 1 && has(expected, "(") => return msg(", expected ("),
        _ => {}
    }
    // Between top-level declarations.
    if ctx.top_level {
        let at_decl_start = matches!(prev, Some(Tok::Semi(_)));
        if at_decl_start {
            return match tok {
                Tok::LBrace => at(lo, "unexpected semicolon or newline before {".into()),
                Tok::Import => at(lo, "imports must appear before other declarations".into()),
                _ => at(lo, "non-declaration statement outside function body".into()),
            };
        }
        if prev.is_some_and(ends_operand) && !matches!(tok, Tok::Semi(_)) {
            return msg(" after top level declaration");
        }
    }
    // Did a complete operand (or statement) just end?
    let complete = prev.is_some_and(ends_operand);
    let list = |context: &str, sep: &str, close: &str| {
        msg(&format!(" in {context}; possibly missing {sep} or {close}"))
    };
    let is = |t: &Tok| std::mem::discriminant(tok) == std::mem::discriminant(t);
    if complete {
        match ctx.open {
            Some(Open::Args) if !is(&Tok::Comma) => return list("argument list", "comma", ")"),
            Some(Open::Params) if !is(&Tok::Comma) => return list("parameter list", "comma", ")"),
            Some(Open::CompositeLit) if !is(&Tok::Comma) => {
                return list("composite literal", "comma", "}")
            }
            Some(Open::StructBody) => return list("struct type", "semicolon or newline", "}"),
            Some(Open::InterfaceBody) => {
                return list("interface type", "semicolon or newline", "}")
            }
            Some(Open::Group | Open::TypeGroup | Open::VarGroup) => {
                return list("grouped declaration", "semicolon or newline", ")")
            }
            Some(Open::Index) => return msg(", expected comma, : or ]"),
            Some(Open::MapKey) => return msg(", expected ]"),
            Some(Open::Paren) => return msg(", expected )"),
            _ => {}
        }
    }
    // If/for/switch headers.
    if let Some((kw, semis)) = &ctx.header {
        if complete || matches!(prev, Some(Tok::Inc | Tok::Dec)) {
            if *semis == 0 && !matches!(tok, Tok::Semi(_)) {
                // gc's header() wants `{` or `;` after the first clause.
                return msg(", expected {");
            }
            if matches!(kw, Tok::Switch) {
                return at(lo, "missing { after switch clause".into());
            }
            let clause = match kw {
                Tok::For => "for clause",
                Tok::Switch => "switch clause",
                Tok::Select => "select clause",
                _ => "if clause",
            };
            return msg(&format!(", expected {{ after {clause}"));
        }
    }
    if ctx.open == Some(Open::SwitchBody)
        && (matches!(prev, Some(Tok::LBrace))
            || (matches!(prev, Some(Tok::Semi(_) | Tok::Colon)) && !starts_stmt(tok)))
    {
        return msg(", expected case or default or }");
    }
    if matches!(ctx.open, Some(Open::Block | Open::SwitchBody)) {
        if matches!(prev, Some(Tok::Semi(_) | Tok::LBrace)) {
            return msg(", expected }");
        }
        if complete || matches!(prev, Some(Tok::Inc | Tok::Dec)) {
            return msg(" at end of statement");
        }
    }
    // An operand is missing.
    if !complete && (has(expected, "lit") || expected.is_empty() || prev.is_some_and(wants_operand))
    {
        return msg(", expected expression");
    }
    if has(expected, "ident") && expected.len() <= 3 {
        return msg(", expected name");
    }
    // A single expected token, named as gc's tokstring does.
    let named: Vec<&str> = expected.iter().map(|e| e.trim_matches('"')).collect();
    for want in ["}", ")", "]", "{", ":", "(", "=", ";"] {
        if named.contains(&want) {
            let w = match want {
                ";" => "semicolon or newline",
                w => w,
            };
            return msg(&format!(", expected {w}"));
        }
    }
    msg("")
}

/// Tokens that can begin a type.
fn starts_type(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Ident(_)
            | Tok::LBrack
            | Tok::Star
            | Tok::LParen
            | Tok::Func
            | Tok::Map
            | Tok::Chan
            | Tok::Struct
            | Tok::Interface
            | Tok::Arrow
    )
}

/// Tokens that can begin a statement.
fn starts_stmt(t: &Tok) -> bool {
    starts_type(t)
        || matches!(
            t,
            Tok::Lit(_)
                | Tok::Add
                | Tok::Sub
                | Tok::Not
                | Tok::Xor
                | Tok::And
                | Tok::LBrace
                | Tok::Semi(_)
                | Tok::Break
                | Tok::Const
                | Tok::Continue
                | Tok::Defer
                | Tok::Fallthrough
                | Tok::For
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Return
                | Tok::Select
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
}

/// Tokens after which an operand must follow.
fn wants_operand(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Add
            | Tok::Sub
            | Tok::Star
            | Tok::Quo
            | Tok::Rem
            | Tok::And
            | Tok::Or
            | Tok::Xor
            | Tok::Shl
            | Tok::Shr
            | Tok::AndNot
            | Tok::OpAssign(_)
            | Tok::LAnd
            | Tok::LOr
            | Tok::Arrow
            | Tok::Eql
            | Tok::Lss
            | Tok::Gtr
            | Tok::Assign
            | Tok::Not
            | Tok::Neq
            | Tok::Leq
            | Tok::Geq
            | Tok::Define
            | Tok::Comma
            | Tok::LParen
            | Tok::LBrack
            | Tok::Colon
            | Tok::Range
            | Tok::Return
            | Tok::Go
            | Tok::Defer
            | Tok::Case
    )
}
