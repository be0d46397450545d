//! The Go lexer: logos recognises tokens, [`Lexer`] inserts semicolons.
//!
//! [`Raw`] is the logos token set: fixed spellings and identifiers come from
//! logos' DFA; numbers, strings, runes and block comments start with a short
//! pattern whose callback hands over to a hand-written scanner in
//! [`literals`] (for gc's exact error texts and positions). [`Lexer`] wraps
//! it into the `(start, Tok, end)` stream lalrpop wants and applies the
//! spec's semicolon rule: after a line's final token, if that token is a
//! name, a literal, `break continue fallthrough return ++ -- ) ] }`, a `;`
//! is inserted carrying the newline's span (or the span of a multi-line block
//! comment's start, or the end of the file), so that the parser can say
//! "unexpected newline".
//!
//! Lexical errors do not stop the stream: like gc's scanner, the lexer
//! records the error (gc's text and position, see [`Lexer::take_errors`])
//! and goes on with a best-effort token (an unterminated string still
//! yields a literal, a stray character is skipped, an identifier with an
//! invalid character stays one identifier). Only [`MAX_NESTING`] ends the
//! stream, with an error item.
//!
//! Guarantees: never panics, whatever the input; no allocation per token
//! except for a new name or a literal's value.

pub mod literals;

use super::ast::{BinOp, Lit, Name};
use super::token::{SemiKind, Tok};
use crate::diag::Diagnostic;
use literals::{fmt_unicode, LexError};
use logos::Logos;
use std::collections::HashMap;

use crate::syntax::ast::Span;

/// A token value with the lexical errors found inside the token.
pub type WithErrors<T> = (T, Vec<LexError>);

fn scan<T>(
    lex: &mut logos::Lexer<Raw>,
    f: impl FnOnce(&str, usize) -> literals::Scanned<T>,
) -> WithErrors<T> {
    let start = lex.span().start;
    let (end, value, errs) = f(lex.source(), start);
    lex.bump(end.saturating_sub(lex.span().end));
    (value, errs)
}

fn check_line_comment(lex: &mut logos::Lexer<Raw>) -> Vec<LexError> {
    let start = lex.span().start;
    lex.slice()
        .char_indices()
        .filter_map(|(i, c)| literals::bad_source_char(c, start + i))
        .collect()
}

/// Extends an identifier over the characters gc's scanner takes into it:
/// a non-ASCII character that is not a letter or digit is reported as
/// "invalid character ... in identifier" and the identifier goes on.
fn ident_tail(lex: &mut logos::Lexer<Raw>) -> Vec<LexError> {
    let mut errs = Vec::new();
    let mut n = 0;
    let end = lex.span().end;
    for c in lex.remainder().chars() {
        if c.is_alphanumeric() || c == '_' {
            // only reached after an invalid character: the regex took the rest
        } else if !c.is_ascii() {
            let msg = format!("invalid character {} in identifier", fmt_unicode(c));
            errs.push(LexError::new(end + n, msg));
        } else {
            break;
        }
        n += c.len_utf8();
    }
    lex.bump(n);
    errs
}

/// Go's tokens as logos recognises them, before semicolon insertion.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r]+")]
pub enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", check_line_comment, allow_greedy = true)]
    LineComment(Vec<LexError>),
    /// `true` when the comment spans lines.
    #[token("/*", |lex| scan(lex, literals::block_comment))]
    BlockComment(WithErrors<bool>),
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", ident_tail)]
    Ident(Vec<LexError>),
    #[regex(r"[0-9]|\.[0-9]", |lex| scan(lex, literals::number))]
    Number(WithErrors<Lit>),
    #[token("\"", |lex| scan(lex, literals::string))]
    Str(WithErrors<Vec<u8>>),
    #[token("`", |lex| scan(lex, literals::raw_string))]
    RawStr(WithErrors<Vec<u8>>),
    #[token("'", |lex| scan(lex, literals::rune))]
    Rune(WithErrors<u32>),

    #[token("break", |_| Tok::Break)]
    #[token("case", |_| Tok::Case)]
    #[token("chan", |_| Tok::Chan)]
    #[token("const", |_| Tok::Const)]
    #[token("continue", |_| Tok::Continue)]
    #[token("default", |_| Tok::Default)]
    #[token("defer", |_| Tok::Defer)]
    #[token("else", |_| Tok::Else)]
    #[token("fallthrough", |_| Tok::Fallthrough)]
    #[token("for", |_| Tok::For)]
    #[token("func", |_| Tok::Func)]
    #[token("go", |_| Tok::Go)]
    #[token("goto", |_| Tok::Goto)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("interface", |_| Tok::Interface)]
    #[token("map", |_| Tok::Map)]
    #[token("package", |_| Tok::Package)]
    #[token("range", |_| Tok::Range)]
    #[token("return", |_| Tok::Return)]
    #[token("select", |_| Tok::Select)]
    #[token("struct", |_| Tok::Struct)]
    #[token("switch", |_| Tok::Switch)]
    #[token("type", |_| Tok::Type)]
    #[token("var", |_| Tok::Var)]
    #[token("+", |_| Tok::Add)]
    #[token("-", |_| Tok::Sub)]
    #[token("*", |_| Tok::Star)]
    #[token("/", |_| Tok::Quo)]
    #[token("%", |_| Tok::Rem)]
    #[token("&", |_| Tok::And)]
    #[token("|", |_| Tok::Or)]
    #[token("^", |_| Tok::Xor)]
    #[token("<<", |_| Tok::Shl)]
    #[token(">>", |_| Tok::Shr)]
    #[token("&^", |_| Tok::AndNot)]
    #[token("+=", |_| Tok::OpAssign(BinOp::Add))]
    #[token("-=", |_| Tok::OpAssign(BinOp::Sub))]
    #[token("*=", |_| Tok::OpAssign(BinOp::Mul))]
    #[token("/=", |_| Tok::OpAssign(BinOp::Quo))]
    #[token("%=", |_| Tok::OpAssign(BinOp::Rem))]
    #[token("&=", |_| Tok::OpAssign(BinOp::And))]
    #[token("|=", |_| Tok::OpAssign(BinOp::Or))]
    #[token("^=", |_| Tok::OpAssign(BinOp::Xor))]
    #[token("<<=", |_| Tok::OpAssign(BinOp::Shl))]
    #[token(">>=", |_| Tok::OpAssign(BinOp::Shr))]
    #[token("&^=", |_| Tok::OpAssign(BinOp::AndNot))]
    #[token("&&", |_| Tok::LAnd)]
    #[token("||", |_| Tok::LOr)]
    #[token("<-", |_| Tok::Arrow)]
    #[token("++", |_| Tok::Inc)]
    #[token("--", |_| Tok::Dec)]
    #[token("==", |_| Tok::Eql)]
    #[token("<", |_| Tok::Lss)]
    #[token(">", |_| Tok::Gtr)]
    #[token("=", |_| Tok::Assign)]
    #[token("!", |_| Tok::Not)]
    #[token("!=", |_| Tok::Neq)]
    #[token("<=", |_| Tok::Leq)]
    #[token(">=", |_| Tok::Geq)]
    #[token(":=", |_| Tok::Define)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("~", |_| Tok::Tilde)]
    #[token("(", |_| Tok::LParen)]
    #[token(")", |_| Tok::RParen)]
    #[token("[", |_| Tok::LBrack)]
    #[token("]", |_| Tok::RBrack)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(",", |_| Tok::Comma)]
    #[token(".", |_| Tok::Dot)]
    #[token(":", |_| Tok::Colon)]
    #[token(";", |_| Tok::Semi(SemiKind::Semicolon))]
    Fixed(Tok),
}

/// One item of the token stream handed to the parser.
pub type Spanned = Result<(usize, Tok, usize), Diagnostic>;

/// Tokens of one source text with semicolons inserted.
pub struct Lexer<'s> {
    raw: logos::Lexer<'s, Raw>,
    /// A newline here becomes a semicolon (gc's `nlsemi`).
    nlsemi: bool,
    done: bool,
    /// Lexical errors so far, in source order.
    errors: Vec<Diagnostic>,
    /// Names seen so far: each distinct identifier is allocated once.
    names: HashMap<&'s str, Name>,
    /// Operator count along the current nesting path, one entry per open
    /// bracket (see [`MAX_NESTING`]).
    nesting: Vec<u32>,
}

/// Limit on syntax tree depth, enforced on tokens: open brackets count one
/// level each, and so does every operator of an expression (a chain of
/// `a + b + ...` is a tree as deep as it is long). Later stages walk the
/// tree recursively; this bound keeps them (and dropping the tree) far from
/// stack overflow. Real programs stay far below it.
pub const MAX_NESTING: u32 = 3000;

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        let mut raw = Raw::lexer(src);
        if src.starts_with('\u{FEFF}') {
            raw.bump('\u{FEFF}'.len_utf8());
        }
        Lexer {
            raw,
            nlsemi: false,
            done: false,
            nesting: vec![0],
            names: HashMap::new(),
            errors: Vec::new(),
        }
    }

    /// Ends the stream with a hard error (too deep nesting).
    fn error(&mut self, e: LexError) -> Option<Spanned> {
        self.done = true;
        Some(Err(Diagnostic::new(Span::new(e.pos, e.pos + 1), e.msg)))
    }

    /// The lexical errors met so far (all of them once the stream ended).
    pub fn take_errors(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.errors)
    }

    fn record(&mut self, errs: Vec<LexError>) {
        for e in errs {
            let span = Span::new(e.pos, e.pos + 1);
            self.errors.push(Diagnostic::new(span, e.msg));
        }
    }

    /// A character that starts no token. gc skips an ASCII one; a
    /// non-ASCII one starts an identifier (with an error), returned here.
    fn invalid_char(&mut self) -> Option<Tok> {
        let start = self.raw.span().start;
        let c = self.raw.source()[start..].chars().next().unwrap_or('\0');
        let msg = match c {
            '\0' => "invalid NUL character".to_string(),
            '\u{FEFF}' => "invalid BOM in the middle of the file".to_string(),
            c if c.is_ascii() => format!("invalid character {}", fmt_unicode(c)),
            c if c.is_numeric() => format!("identifier cannot begin with digit {}", fmt_unicode(c)),
            c => format!("invalid character {} in identifier", fmt_unicode(c)),
        };
        self.record(vec![LexError::new(start, msg)]);
        if c.is_ascii() || c == '\u{FEFF}' {
            return None;
        }
        let tail = ident_tail(&mut self.raw);
        self.record(tail);
        Some(self.ident(self.raw.slice()))
    }

    fn ident(&mut self, text: &'s str) -> Tok {
        let name = self.names.entry(text).or_insert_with(|| Name::from(text));
        Tok::Ident(name.clone())
    }

    /// Tracks tree depth on the way; see [`MAX_NESTING`].
    fn count_nesting(&mut self, tok: &Tok, pos: usize) -> Result<(), LexError> {
        let base = |n: &Vec<u32>| if n.len() >= 2 { n[n.len() - 2] } else { 0 };
        let top = self.nesting.last().copied().unwrap_or(0);
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => self.nesting.push(top + 1),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                // The bracketed part becomes one level of what follows
                // (`[]T`, `f(x).y`).
                if self.nesting.len() > 1 {
                    self.nesting.pop();
                }
                if let Some(t) = self.nesting.last_mut() {
                    *t += 1;
                }
            }
            Tok::Comma | Tok::Semi(_) | Tok::Colon => {
                let b = base(&self.nesting);
                if let Some(t) = self.nesting.last_mut() {
                    *t = b + 1;
                }
            }
            Tok::Ident(_) | Tok::Lit(_) => {}
            _ => {
                if let Some(t) = self.nesting.last_mut() {
                    *t += 1;
                }
            }
        }
        if self.nesting.last().copied().unwrap_or(0) > MAX_NESTING {
            return Err(LexError::new(
                pos,
                "syntax error: program too deeply nested",
            ));
        }
        Ok(())
    }

    fn emit(&mut self, tok: Tok, lo: usize, hi: usize) -> Option<Spanned> {
        self.nlsemi = tok.ends_line();
        if let Err(e) = self.count_nesting(&tok, lo) {
            return self.error(e);
        }
        Some(Ok((lo, tok, hi)))
    }

    fn semi(&mut self, kind: SemiKind, lo: usize, hi: usize) -> Option<Spanned> {
        self.nlsemi = false;
        let _ = self.count_nesting(&Tok::Semi(kind), lo);
        Some(Ok((lo, Tok::Semi(kind), hi)))
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if self.done {
            return None;
        }
        loop {
            let raw = match self.raw.next() {
                None => {
                    self.done = true;
                    if self.nlsemi {
                        let end = self.raw.source().len();
                        return self.semi(SemiKind::Eof, end, end);
                    }
                    return None;
                }
                Some(Err(_)) => match self.invalid_char() {
                    Some(tok) => {
                        let span = self.raw.span();
                        return self.emit(tok, span.start, span.end);
                    }
                    None => continue,
                },
                Some(Ok(raw)) => raw,
            };
            let span = self.raw.span();
            let tok = match raw {
                Raw::Newline => {
                    if self.nlsemi {
                        return self.semi(SemiKind::Newline, span.start, span.end);
                    }
                    continue;
                }
                Raw::LineComment(errs) => {
                    self.record(errs);
                    continue;
                }
                Raw::BlockComment((multiline, errs)) => {
                    self.record(errs);
                    if multiline && self.nlsemi {
                        return self.semi(SemiKind::Newline, span.start, span.start + 1);
                    }
                    continue;
                }
                Raw::Ident(errs) => {
                    self.record(errs);
                    self.ident(self.raw.slice())
                }
                Raw::Number((lit, errs)) => {
                    self.record(errs);
                    Tok::Lit(lit)
                }
                Raw::Str((bytes, errs)) | Raw::RawStr((bytes, errs)) => {
                    self.record(errs);
                    Tok::Lit(Lit::Str(bytes))
                }
                Raw::Rune((r, errs)) => {
                    self.record(errs);
                    Tok::Lit(Lit::Rune(r))
                }
                Raw::Fixed(tok) => tok,
            };
            return self.emit(tok, span.start, span.end);
        }
    }
}

/// All tokens of `src` (for tests and tools), or its first lexical error.
pub fn tokenize(src: &str) -> Result<Vec<(usize, Tok, usize)>, Diagnostic> {
    let mut lexer = Lexer::new(src);
    let tokens: Result<Vec<_>, _> = lexer.by_ref().collect();
    let tokens = tokens?;
    match lexer.take_errors().into_iter().next() {
        Some(e) => Err(e),
        None => Ok(tokens),
    }
}
