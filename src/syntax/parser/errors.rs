//! From lalrpop's "unrecognized token, expected one of ..." to gc's words.
//!
//! gc's parser is recursive descent and phrases each error from where it
//! stands: inside an argument list it says "unexpected X in argument list;
//! possibly missing comma or )", after a statement "unexpected X at end of
//! statement", and so on. An LR parser knows the set of tokens it could have
//! accepted instead; together with the enclosing bracket (found by
//! re-scanning the tokens before the error, see [`Context`]) that set tells
//! which of gc's phrasings applies. Token names follow gc's `syntaxErrorAt`
//! ([`Tok::describe`]).

use crate::diag::Diagnostic;
use crate::syntax::ast::Span;
use crate::syntax::lexer::Lexer;
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
}

/// Where the error token sits, from a scan of the tokens before it.
struct Context {
    /// Innermost open bracket (none at top level).
    open: Option<Open>,
    /// The token before the error token.
    prev: Option<Tok>,
    /// Whether the error is at the top level of the file (outside any
    /// bracket), i.e. between declarations.
    top_level: bool,
    /// Keyword of an if/for/switch header the error sits in, if any.
    header: Option<Tok>,
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
        let mut headers: Vec<(Tok, usize)> = Vec::new();
        // Depth at which a func signature awaits its body `{`.
        let mut sig_depth: Option<usize> = None;
        let mut toks: Vec<Tok> = Vec::new();
        let mut last_closed: Option<Open> = None;
        for item in Lexer::new(src) {
            let Ok((lo, tok, _)) = item else { break };
            if lo >= at {
                break;
            }
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
                        (Some(Tok::Const | Tok::Var | Tok::Type | Tok::Import), _) => Open::Group,
                        (Some(t), _) if ends_operand(t) => Open::Args,
                        _ => Open::Paren,
                    };
                    if matches!(prev, Some(Tok::Func)) {
                        sig_depth = Some(stack.len());
                    }
                    stack.push(kind);
                }
                Tok::LBrack => stack.push(Open::Index),
                Tok::LBrace => {
                    let depth = stack.len();
                    let kind = if matches!(prev, Some(Tok::Struct)) {
                        Open::StructBody
                    } else if matches!(prev, Some(Tok::Interface)) {
                        Open::InterfaceBody
                    } else if headers.last().is_some_and(|h| h.1 == depth)
                        && !matches!(prev, Some(Tok::RBrack))
                    {
                        headers.pop();
                        Open::Block
                    } else if sig_depth == Some(depth) {
                        sig_depth = None;
                        Open::Block
                    } else if prev.is_some_and(ends_operand) && !matches!(prev, Some(Tok::RParen)) {
                        Open::CompositeLit
                    } else if matches!(prev, Some(Tok::Comma | Tok::Colon | Tok::LBrace))
                        && stack.last() == Some(&Open::CompositeLit)
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
                Tok::If | Tok::For | Tok::Switch | Tok::Select => {
                    headers.push((tok.clone(), stack.len()))
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
            top_level: depth == 0,
            header: headers.last().filter(|h| h.1 == depth).map(|h| h.0.clone()),
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

/// gc's message for a parse error of `src`.
pub fn translate(src: &str, err: ParseError<usize, Tok, Diagnostic>) -> Diagnostic {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => at(location, "invalid token".into()),
        ParseError::UnrecognizedEof { location, expected } => unexpected(
            src,
            location,
            location,
            &Tok::Semi(SemiKind::Eof),
            &expected,
            true,
        ),
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => unexpected(src, lo, hi, &tok, &expected, false),
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => {
            let text = src.get(lo..hi).unwrap_or("");
            at(lo, format!("unexpected {}", tok.describe(text)))
        }
    }
}

fn unexpected(
    src: &str,
    lo: usize,
    hi: usize,
    tok: &Tok,
    expected: &[String],
    real_eof: bool,
) -> Diagnostic {
    let text = src.get(lo..hi).unwrap_or("");
    let what = if real_eof {
        "EOF".to_string()
    } else {
        tok.describe(text)
    };
    let ctx = Context::scan(src, lo);
    let msg = |rest: &str| at(lo, format!("unexpected {what}{rest}"));

    // `package` clause problems.
    if has(expected, "package") {
        return at(lo, "package statement must be first".into());
    }
    // Between top-level declarations.
    if ctx.top_level && has(expected, "func") && has(expected, "var") {
        if matches!(tok, Tok::LBrace) {
            return at(lo, "unexpected semicolon or newline before {".into());
        }
        if matches!(tok, Tok::Import) {
            return at(lo, "imports must appear before other declarations".into());
        }
        return at(lo, "non-declaration statement outside function body".into());
    }
    if ctx.top_level && has(expected, ";") && !has(expected, "=") && ctx.prev.is_some() {
        if matches!(ctx.prev, Some(Tok::Import)) {
            return at(lo, "missing import path; require quoted string".into());
        }
        return msg(" after top level declaration");
    }
    if matches!(ctx.prev, Some(Tok::Else)) {
        return at(lo, "else must be followed by if or statement block".into());
    }
    if matches!(ctx.prev, Some(Tok::Import)) {
        return at(lo, "missing import path; require quoted string".into());
    }
    // A list element is complete but neither its separator nor the closing
    // token follows.
    let list = |context: &str, sep: &str, close: &str| {
        msg(&format!(" in {context}; possibly missing {sep} or {close}"))
    };
    match ctx.open {
        Some(Open::Args) if has(expected, ",") && has(expected, ")") => {
            return list("argument list", "comma", ")")
        }
        Some(Open::Params) if has(expected, ",") && has(expected, ")") => {
            return list("parameter list", "comma", ")")
        }
        Some(Open::CompositeLit) if has(expected, ",") && has(expected, "}") => {
            return list("composite literal", "comma", "}")
        }
        Some(Open::StructBody) if has(expected, ";") && has(expected, "}") => {
            return list("struct type", "semicolon or newline", "}")
        }
        Some(Open::InterfaceBody) if has(expected, ";") && has(expected, "}") => {
            return list("interface type", "semicolon or newline", "}")
        }
        Some(Open::Group) if has(expected, ";") && has(expected, ")") => {
            return list("grouped declaration", "semicolon or newline", ")")
        }
        _ => {}
    }
    // If/for/switch headers.
    if let Some(kw) = &ctx.header {
        if has(expected, "{") && !has(expected, "lit") {
            let name = kw.text().unwrap_or("if");
            let clause = match kw {
                Tok::For => "for clause",
                Tok::Switch => "switch clause",
                Tok::Select => "select clause",
                _ => "if clause",
            };
            let _ = name;
            return msg(&format!(", expected {{ after {clause}"));
        }
    }
    // After a complete statement.
    if has(expected, ";") && has(expected, "}") && !matches!(tok, Tok::Semi(_)) {
        return msg(" at end of statement");
    }
    // An operand is missing.
    if has(expected, "lit") && has(expected, "ident") && has(expected, "func") {
        if matches!(ctx.open, Some(Open::Block) | None) && has(expected, "}") && has(expected, "go")
        {
            return msg(", expected }");
        }
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
