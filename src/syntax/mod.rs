//! Reading Go source: tokens (logos), automatic semicolons, and the LR(1)
//! parser generated from grammar/go.lalrpop. The output is an [`ast::File`]
//! or the first syntax error with cmd/compile's wording and position.
//!
//! Entry points: [`parse_file`] for a source file, [`parse_expr`] for one
//! expression, [`parse_stmts`] for a statement list (the REPL), with
//! [`is_incomplete`] telling whether an error only means "more input
//! needed". [`check_utf8`] turns raw file bytes into source text with gc's
//! "invalid UTF-8 encoding" error.
//!
//! Invariants: the syntax layer knows nothing about types or values; no
//! input makes it panic or loop; every error is the first one gc reports
//! (same text, same position) for the constructs covered by the error
//! corpus in tests/syntax_errors.rs.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

use crate::diag::Diagnostic;
use ast::{Expr, File, NodeIds, Span, Stmt};
use lexer::Lexer;
use parser::build::Parsed;
use parser::{errors::translate, go};
use token::Tok;

/// Runs the parser on `src` after the synthetic token `start`.
fn parse(src: &str, ids: &mut NodeIds, start: Tok) -> Result<Parsed, Diagnostic> {
    let tokens = std::iter::once(Ok((0, start, 0))).chain(Lexer::new(src));
    go::EntryParser::new()
        .parse(ids, tokens)
        .map_err(|e| translate(src, e))
}

/// The grammar ties each start token to its result; this never happens.
fn wrong_entry() -> Diagnostic {
    Diagnostic::new(Span::default(), "internal error: parser entry mismatch")
}

/// Parses one Go source file.
pub fn parse_file(src: &str, ids: &mut NodeIds) -> Result<File, Diagnostic> {
    match parse(src, ids, Tok::StartFile)? {
        Parsed::File(f) => Ok(f),
        _ => Err(wrong_entry()),
    }
}

/// Parses one expression (types allowed, as in a call argument); a final
/// newline or semicolon is accepted.
pub fn parse_expr(src: &str, ids: &mut NodeIds) -> Result<Expr, Diagnostic> {
    match parse(src, ids, Tok::StartExpr)? {
        Parsed::Expr(e) => Ok(e),
        _ => Err(wrong_entry()),
    }
}

/// Parses a statement list as found in a function body (the REPL's input).
/// Use [`is_incomplete`] on the error to decide whether to read more lines.
pub fn parse_stmts(src: &str, ids: &mut NodeIds) -> Result<Vec<Stmt>, Diagnostic> {
    match parse(src, ids, Tok::StartStmts)? {
        Parsed::Stmts(s) => Ok(s),
        _ => Err(wrong_entry()),
    }
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

/// Source text from file bytes, or gc's "invalid UTF-8 encoding" at the
/// first bad byte.
pub fn check_utf8(bytes: &[u8]) -> Result<&str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Diagnostic::new(Span::new(at, at + 1), "invalid UTF-8 encoding")
    })
}
