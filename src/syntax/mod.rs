//! Reading Go source: tokens (logos), automatic semicolons, and the LR(1)
//! parser generated from grammar/go.lalrpop, producing the go/ast-shaped
//! tree of [`ast`] or gc's errors (cmd/compile's wording and positions).
//!
//! Entry points:
//! * [`parse_file`]: a source file, or its first error.
//! * [`parse_file_all`]: what gc reports while reading a file (every
//!   lexical error, gc's non-"syntax error" parser complaints, the first
//!   syntax error) and the tree whenever gc would type-check it; the
//!   checker's errors are then merged in, sorted by position.
//! * [`decode_source`] / [`check_utf8`]: file bytes to text, with gc's
//!   "invalid UTF-8 encoding".
//! * [`parse_expr`] and [`parse_stmts`] (the REPL), with [`is_incomplete`]
//!   telling an error that only means "more input needed" (unexpected EOF,
//!   raw string or comment still open).
//!
//! Module map: [`token`] (what the parser consumes, gc's token names),
//! [`lexer`] (logos + semicolon insertion + literal scanners), [`parser`]
//! (generated tables, node building, error wording), [`printer`] (Go text
//! of expressions for messages).
//!
//! Invariants: the syntax layer knows nothing about types or values; no
//! input makes it panic, loop or overflow the stack (trees are at most
//! [`lexer::MAX_NESTING`] deep); node ids are unique per [`ast::NodeIds`];
//! the first error is gc's first (text and line:col) for every case of the
//! corpus in tests/syntax_data/errors, recorded from real `go build`.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

use crate::diag::Diagnostic;
use ast::{Expr, File, NodeIds, Span, Stmt};
use lexer::Lexer;
use parser::build::{Cx, Parsed as Entry};
use parser::{errors::translate, go};
use token::Tok;

/// Everything reading one source produced, as gc reports it.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The tree when gc would go on to type-check it: no "syntax error"
    /// occurred (lexical errors, such as an unterminated string, still
    /// leave a tree, as in gc).
    pub tree: Option<T>,
    /// Lexical and syntax errors in source order. gc reports every
    /// lexical error but only the first syntax error here (gc's later ones
    /// come from its error recovery, which gorun does not imitate).
    pub errors: Vec<Diagnostic>,
}

type RawResult = Result<Entry, lalrpop_util::ParseError<usize, Tok, Diagnostic>>;

/// Runs the parser on `start` + the tokens of `src` + `tail`; returns the
/// result and the lexical errors.
fn run(src: &str, ids: &mut NodeIds, start: &Tok, tail: &[Tok]) -> (RawResult, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(src);
    let end = src.len();
    let tokens = std::iter::once(Ok((0, start.clone(), 0)))
        .chain(lexer.by_ref())
        .chain(tail.iter().map(|t| Ok((end, t.clone(), end))));
    let mut cx = Cx {
        ids: std::mem::take(ids),
        soft: Vec::new(),
    };
    let result = go::EntryParser::new().parse(&mut cx, tokens);
    *ids = cx.ids;
    // gc's scanner reads the whole file whatever the parser does.
    lexer.by_ref().for_each(drop);
    let mut errors = lexer.take_errors();
    errors.extend(cx.soft);
    (result, errors)
}

/// Parses `src` after the synthetic token `start`, collecting errors.
fn parse_all(src: &str, ids: &mut NodeIds, start: Tok) -> Parsed<Entry> {
    let (result, mut errors) = run(src, ids, &start, &[]);
    let tree = match result {
        Ok(tree) => Some(tree),
        Err(e) => {
            let d = translate(src, e);
            if parser::errors::GO_COMMAND_MESSAGES
                .iter()
                .any(|m| d.message.starts_with(m))
            {
                // The go command stops before gc: only its error shows.
                errors = vec![d];
                None
            } else if errors.is_empty() || !d.message.starts_with("syntax error: unexpected EOF") {
                errors.push(d);
                None
            } else {
                // gc drops a syntax error at the end of the file that
                // follows another error, and checks what it has: close
                // the open constructs and parse again.
                run(src, ids, &start, &closers(src)).0.ok()
            }
        }
    };
    errors.sort_by_key(|d| d.span.lo);
    dedup_like_gc(src, &mut errors);
    Parsed { tree, errors }
}

/// gc's error filter (cmd/compile's base.ErrorfAt): one syntax error per
/// line, and an equal non-syntax message only once per line.
fn dedup_like_gc(src: &str, errors: &mut Vec<Diagnostic>) {
    let line = |d: &Diagnostic| {
        let at = (d.span.lo as usize).min(src.len());
        src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
    };
    let mut last_syntax: Option<usize> = None;
    let mut last_other: Option<(usize, String)> = None;
    errors.retain(|d| {
        let l = line(d);
        if d.message.starts_with("syntax error") {
            if last_syntax == Some(l) {
                return false;
            }
            last_syntax = Some(l);
        } else {
            if last_other.as_ref() == Some(&(l, d.message.clone())) {
                return false;
            }
            last_other = Some((l, d.message.clone()));
        }
        true
    });
}

/// Tokens closing every bracket still open at the end of `src`.
fn closers(src: &str) -> Vec<Tok> {
    let mut open = Vec::new();
    for (_, tok, _) in Lexer::new(src).flatten() {
        match tok {
            Tok::LParen => open.push(Tok::RParen),
            Tok::LBrack => open.push(Tok::RBrack),
            Tok::LBrace => open.push(Tok::RBrace),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    let semi = Tok::Semi(token::SemiKind::Eof);
    let mut out = vec![semi.clone()];
    while let Some(t) = open.pop() {
        out.push(t);
        out.push(semi.clone());
    }
    out
}

/// The first error, or the tree.
fn first<T>(p: Parsed<Entry>, pick: impl FnOnce(Entry) -> Option<T>) -> Result<T, Diagnostic> {
    if let Some(e) = p.errors.into_iter().next() {
        return Err(e);
    }
    p.tree.and_then(pick).ok_or_else(wrong_entry)
}

/// Parses one Go source file: the tree, or the first error (gc's text and
/// position). See [`parse_file_all`] for every error.
pub fn parse_file(src: &str, ids: &mut NodeIds) -> Result<File, Diagnostic> {
    first(parse_all(src, ids, Tok::StartFile), |e| match e {
        Entry::File(f) => Some(f),
        _ => None,
    })
}

/// Parses one Go source file, reporting what gc reports: all lexical
/// errors, the first syntax error, and the tree if gc would type-check
/// it (then the checker's errors join these, sorted by position).
pub fn parse_file_all(src: &str, ids: &mut NodeIds) -> Parsed<File> {
    let p = parse_all(src, ids, Tok::StartFile);
    let tree = p.tree.and_then(|e| match e {
        Entry::File(f) => Some(f),
        _ => None,
    });
    Parsed {
        tree,
        errors: p.errors,
    }
}

/// Parses one expression (types allowed, as in a call argument); a final
/// newline or semicolon is accepted.
pub fn parse_expr(src: &str, ids: &mut NodeIds) -> Result<Expr, Diagnostic> {
    first(parse_all(src, ids, Tok::StartExpr), |e| match e {
        Entry::Expr(x) => Some(x),
        _ => None,
    })
}

/// Parses a statement list as found in a function body (the REPL's input).
/// Use [`is_incomplete`] on the error to decide whether to read more lines.
pub fn parse_stmts(src: &str, ids: &mut NodeIds) -> Result<Vec<Stmt>, Diagnostic> {
    first(parse_all(src, ids, Tok::StartStmts), |e| match e {
        Entry::Stmts(s) => Some(s),
        _ => None,
    })
}

/// The grammar ties each start token to its result; this never happens.
fn wrong_entry() -> Diagnostic {
    Diagnostic::new(Span::default(), "internal error: parser entry mismatch")
}

/// Whether `err` (from one of the parse functions on `src`) only says that
/// the input stopped too early: an unexpected end of file, or a raw string
/// or block comment still open. More lines may complete such input.
pub fn is_incomplete(src: &str, err: &Diagnostic) -> bool {
    let m = err.message.as_str();
    m.starts_with("syntax error: unexpected EOF")
        || m == "comment not terminated"
        || (m == "string not terminated" && src.as_bytes().get(err.span.lo as usize) == Some(&b'`'))
}

/// Source text from file bytes, as gc reads it: every byte that is not
/// valid UTF-8 gets an "invalid UTF-8 encoding" error and is skipped (here
/// replaced by a space, which keeps every offset, line and column as in
/// the file). Merge these errors with [`parse_file_all`]'s.
pub fn decode_source(bytes: &[u8]) -> (String, Vec<Diagnostic>) {
    let mut text = String::with_capacity(bytes.len());
    let mut errors = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                text.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for _ in 0..bad {
                    let at = text.len();
                    errors.push(Diagnostic::new(
                        Span::new(at, at + 1),
                        "invalid UTF-8 encoding",
                    ));
                    text.push(' ');
                }
                rest = &rest[good + bad..];
            }
        }
    }
    (text, errors)
}

/// Source text from file bytes, or gc's "invalid UTF-8 encoding" at the
/// first bad byte.
pub fn check_utf8(bytes: &[u8]) -> Result<&str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Diagnostic::new(Span::new(at, at + 1), "invalid UTF-8 encoding")
    })
}
