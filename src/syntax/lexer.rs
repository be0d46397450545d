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
//! Guarantees: never panics, whatever the input; the first lexical error
//! ends the stream with gc's message; no allocation per token except for a
//! name or a literal's value.

pub mod literals;

use super::ast::{BinOp, Lit, Name};
use super::token::{SemiKind, Tok};
use crate::diag::Diagnostic;
use literals::{fmt_unicode, LexError};
use logos::Logos;

use crate::syntax::ast::Span;

fn scan<T>(
    lex: &mut logos::Lexer<Raw>,
    f: impl FnOnce(&str, usize) -> Result<(usize, T), LexError>,
) -> Result<T, LexError> {
    let start = lex.span().start;
    let (end, value) = f(lex.source(), start)?;
    lex.bump(end - lex.span().end);
    Ok(value)
}

fn check_line_comment(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let start = lex.span().start;
    for (i, c) in lex.slice().char_indices() {
        if let Some(e) = literals::bad_source_char(c, start + i) {
            return Err(e);
        }
    }
    Ok(())
}

/// Go's tokens as logos recognises them, before semicolon insertion.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r]+")]
pub enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", check_line_comment, allow_greedy = true)]
    LineComment,
    /// `true` when the comment spans lines.
    #[token("/*", |lex| scan(lex, literals::block_comment))]
    BlockComment(bool),
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex(r"[0-9]|\.[0-9]", |lex| scan(lex, literals::number))]
    Number(Lit),
    #[token("\"", |lex| scan(lex, literals::string))]
    Str(Vec<u8>),
    #[token("`", |lex| scan(lex, literals::raw_string))]
    RawStr(Vec<u8>),
    #[token("'", |lex| scan(lex, literals::rune))]
    Rune(u32),

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
    /// End of the previous identifier, to tell "invalid character in
    /// identifier" from a stray character.
    ident_end: usize,
    done: bool,
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
            ident_end: usize::MAX,
            done: false,
            nesting: vec![0],
        }
    }

    fn error(&mut self, e: LexError) -> Option<Spanned> {
        self.done = true;
        let (pos, msg) = if e.msg.is_empty() {
            (self.raw.span().start, self.invalid_char())
        } else {
            (e.pos, e.msg)
        };
        Some(Err(Diagnostic::new(Span::new(pos, pos + 1), msg)))
    }

    /// gc's message for a character that starts no token.
    fn invalid_char(&self) -> String {
        let start = self.raw.span().start;
        let c = self.raw.source()[start..].chars().next().unwrap_or('\0');
        match c {
            '\0' => "invalid NUL character".to_string(),
            '\u{FEFF}' => "invalid BOM in the middle of the file".to_string(),
            c if (c as u32) < 0x80 => format!("invalid character {}", fmt_unicode(c)),
            c if self.ident_end == start => {
                format!("invalid character {} in identifier", fmt_unicode(c))
            }
            c if c.is_numeric() => format!("identifier cannot begin with digit {}", fmt_unicode(c)),
            c => format!("invalid character {} in identifier", fmt_unicode(c)),
        }
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

    fn semi(&mut self, kind: SemiKind, lo: usize, hi: usize) -> Option<Spanned> {
        self.nlsemi = false;
        let _ = self.count_nesting(&Tok::Semi(kind), lo);
        Some(Ok((lo, Tok::Semi(kind), hi)))
    }
}

impl Iterator for Lexer<'_> {
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
                Some(Err(e)) => return self.error(e),
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
                Raw::LineComment => continue,
                Raw::BlockComment(multiline) => {
                    if multiline && self.nlsemi {
                        return self.semi(SemiKind::Newline, span.start, span.start + 1);
                    }
                    continue;
                }
                Raw::Ident => {
                    self.ident_end = span.end;
                    Tok::Ident(Name::from(self.raw.slice()))
                }
                Raw::Number(lit) => Tok::Lit(lit),
                Raw::Str(bytes) | Raw::RawStr(bytes) => Tok::Lit(Lit::Str(bytes)),
                Raw::Rune(r) => Tok::Lit(Lit::Rune(r)),
                Raw::Fixed(tok) => tok,
            };
            self.nlsemi = tok.ends_line();
            if let Err(e) = self.count_nesting(&tok, span.start) {
                return self.error(e);
            }
            return Some(Ok((span.start, tok, span.end)));
        }
    }
}

/// All tokens of `src` (for tests and tools), stopping at the first error.
pub fn tokenize(src: &str) -> Result<Vec<(usize, Tok, usize)>, Diagnostic> {
    Lexer::new(src).collect()
}
