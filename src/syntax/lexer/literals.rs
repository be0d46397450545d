//! Scanners for the tokens whose extent and value need more than a regular
//! expression: numbers, rune and string literals, block comments.
//!
//! Each scanner starts at a token's first byte, returns how many bytes the
//! token covers and its decoded value, or the first error with gc's text
//! (cmd/compile/internal/syntax/scanner.go) and gc's position for it. They
//! work on `&str` and only stop on character boundaries, so the logos lexer
//! can be bumped by the returned length.

use crate::syntax::ast::Lit;
use num_bigint::BigInt;

/// A lexical error: gc's message at an absolute byte offset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LexError {
    pub pos: usize,
    /// Empty for "logos matched nothing here" (an invalid character).
    pub msg: String,
}

impl LexError {
    pub fn new(pos: usize, msg: impl Into<String>) -> Self {
        LexError {
            pos,
            msg: msg.into(),
        }
    }
}

/// Go's `%#U` formatting of a code point: `U+0040 '@'`, or just `U+0007`
/// when the character is not printable.
pub fn fmt_unicode(c: char) -> String {
    if is_printable(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// An approximation of Go's strconv.IsPrint: no controls, no spaces other
/// than U+0020, no format characters.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF))
}

/// Go's `%q` of a character: `'x'`, with Go's escapes for the special ones.
pub fn fmt_quoted(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\r' => "'\\r'".to_string(),
        '\0' => "'\\x00'".to_string(),
        c if is_printable(c) => format!("'{c}'"),
        c if (c as u32) < 0x80 => format!("'\\x{:02x}'", c as u32),
        c if (c as u32) < 0x10000 => format!("'\\u{:04x}'", c as u32),
        c => format!("'\\U{:08x}'", c as u32),
    }
}

/// The error gc's source reader gives for `c` read at `pos`, if any: NUL
/// bytes and byte order marks after the start of the file are rejected
/// wherever they appear, even inside literals and comments.
pub fn bad_source_char(c: char, pos: usize) -> Option<LexError> {
    match c {
        '\0' => Some(LexError::new(pos, "invalid NUL character")),
        '\u{FEFF}' if pos > 0 => Some(LexError::new(pos, "invalid BOM in the middle of the file")),
        _ => None,
    }
}

/// A character cursor over the source, starting at a token.
struct Cursor<'s> {
    src: &'s str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }
    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }
    /// The next character, after rejecting NUL and misplaced BOMs.
    fn peek_checked(&self) -> Result<Option<char>, LexError> {
        match self.peek() {
            Some(c) => match bad_source_char(c, self.pos) {
                Some(e) => Err(e),
                None => Ok(Some(c)),
            },
            None => Ok(None),
        }
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Scans `{ digit | '_' }` in `base` (any decimal digit when `base <= 10`,
/// recording the first one too large in `invalid`). Returns (saw a digit,
/// saw a separator).
fn digits(cur: &mut Cursor, base: u32, invalid: &mut Option<usize>) -> (bool, bool) {
    let (mut dig, mut sep) = (false, false);
    while let Some(c) = cur.peek() {
        if c == '_' {
            sep = true;
        } else if base <= 10 && c.is_ascii_digit() {
            dig = true;
            if c.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                *invalid = Some(cur.pos);
            }
        } else if base == 16 && c.is_ascii_hexdigit() {
            dig = true;
        } else {
            break;
        }
        cur.bump();
    }
    (dig, sep)
}

/// Index of the first misplaced `_` in a number literal, as gc's invalidSep.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Scans a number literal starting at `start` (a digit, or `.` followed by
/// a digit). Returns its end and value.
pub fn number(src: &str, start: usize) -> Result<(usize, Lit), LexError> {
    let mut cur = Cursor { src, pos: start };
    let mut base = 10;
    let mut prefix = '\0';
    let (mut dig, mut sep) = (false, false);
    let mut invalid = None;
    let mut float = false;
    let err = |pos: usize, msg: String| Err(LexError::new(pos, msg));

    let mut seen_point = cur.peek() == Some('.');
    if !seen_point {
        if cur.eat('0') {
            match cur.peek().map(|c| c.to_ascii_lowercase()) {
                Some('x') => (base, prefix) = (16, 'x'),
                Some('o') => (base, prefix) = (8, 'o'),
                Some('b') => (base, prefix) = (2, 'b'),
                _ => {
                    (base, prefix) = (8, '0');
                    dig = true;
                }
            }
            if prefix != '0' {
                cur.bump();
            }
        }
        let (d, s) = digits(&mut cur, base, &mut invalid);
        dig |= d;
        sep |= s;
        if cur.peek() == Some('.') {
            if prefix == 'o' || prefix == 'b' {
                return err(
                    cur.pos,
                    format!("invalid radix point in {} literal", base_name(base)),
                );
            }
            seen_point = true;
        }
    }
    if seen_point {
        cur.bump();
        float = true;
        let (d, s) = digits(&mut cur, base, &mut invalid);
        dig |= d;
        sep |= s;
    }
    if !dig {
        return err(
            cur.pos,
            format!("{} literal has no digits", base_name(base)),
        );
    }
    let e = cur.peek().map(|c| c.to_ascii_lowercase());
    if e == Some('e') || e == Some('p') {
        let ch = cur.peek().unwrap_or('e');
        if e == Some('e') && prefix != '\0' && prefix != '0' {
            return err(
                cur.pos,
                format!("{} exponent requires decimal mantissa", fmt_quoted(ch)),
            );
        }
        if e == Some('p') && prefix != 'x' {
            return err(
                cur.pos,
                format!("{} exponent requires hexadecimal mantissa", fmt_quoted(ch)),
            );
        }
        cur.bump();
        float = true;
        if !cur.eat('+') {
            cur.eat('-');
        }
        let (d, s) = digits(&mut cur, 10, &mut None);
        sep |= s;
        if !d {
            return err(cur.pos, "exponent has no digits".to_string());
        }
    } else if prefix == 'x' && float {
        return err(
            cur.pos,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        );
    }
    let imag = cur.eat('i');
    let text = &src[start..cur.pos];
    if !float && !imag {
        if let Some(i) = invalid {
            let c = src[i..].chars().next().unwrap_or('0');
            return err(
                i,
                format!(
                    "invalid digit {} in {} literal",
                    fmt_quoted(c),
                    base_name(base)
                ),
            );
        }
    }
    if sep {
        if let Some(i) = invalid_sep(text.as_bytes()) {
            return err(start + i, "'_' must separate successive digits".to_string());
        }
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lit = if imag {
        Lit::Imag(clean)
    } else if float {
        Lit::Float(clean)
    } else {
        let digits = match prefix {
            '\0' => &clean[..],
            '0' => &clean[1..],
            _ => &clean[2..],
        };
        let value = if digits.is_empty() {
            BigInt::from(0)
        } else {
            BigInt::parse_bytes(digits.as_bytes(), base)
                .ok_or_else(|| LexError::new(start, "invalid integer literal"))?
        };
        Lit::Int(value)
    };
    Ok((cur.pos, lit))
}

/// Scans one escape after a `\` (the cursor is on the character after it),
/// appending its value to `out`. Mirrors gc's scanner.escape.
fn escape(cur: &mut Cursor, quote: char, out: &mut Vec<u8>) -> Result<(), LexError> {
    let c = match cur.peek_checked()? {
        Some(c) => c,
        None => return Ok(()), // the caller reports the missing terminator
    };
    let simple = match c {
        'a' => Some(7u8),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(b'\n'),
        'r' => Some(b'\r'),
        't' => Some(b'\t'),
        'v' => Some(11),
        '\\' => Some(b'\\'),
        c if c == quote => Some(c as u8),
        _ => None,
    };
    if let Some(b) = simple {
        cur.bump();
        out.push(b);
        return Ok(());
    }
    let (n, base, max) = match c {
        '0'..='7' => (3, 8, 255),
        'x' => (2, 16, 255),
        'u' => (4, 16, 0x10FFFF),
        'U' => (8, 16, 0x10FFFF),
        _ => return Err(LexError::new(cur.pos, "unknown escape")),
    };
    if base == 16 {
        cur.bump();
    }
    let mut x: u32 = 0;
    for _ in 0..n {
        let c = match cur.peek_checked()? {
            Some(c) => c,
            None => return Ok(()),
        };
        let d = c.to_digit(16).filter(|&d| d < base);
        match d {
            Some(d) => x = x.saturating_mul(base).saturating_add(d),
            None => {
                return Err(LexError::new(
                    cur.pos,
                    format!(
                        "invalid character {} in {} escape",
                        fmt_quoted(c),
                        base_name(base)
                    ),
                ))
            }
        }
        cur.bump();
    }
    if x > max && base == 8 {
        return Err(LexError::new(
            cur.pos,
            format!("octal escape value {x} > 255"),
        ));
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = match char::from_u32(x) {
            Some(ch) => fmt_unicode(ch),
            None => format!("U+{x:04X}"),
        };
        return Err(LexError::new(
            cur.pos,
            format!("escape is invalid Unicode code point {shown}"),
        ));
    }
    if c == 'x' || base == 8 {
        out.push(x as u8);
    } else if let Some(ch) = char::from_u32(x) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
    Ok(())
}

/// Scans an interpreted string literal starting at its opening `"`.
pub fn string(src: &str, start: usize) -> Result<(usize, Vec<u8>), LexError> {
    let mut cur = Cursor {
        src,
        pos: start + 1,
    };
    let mut out = Vec::new();
    loop {
        match cur.peek_checked()? {
            Some('"') => {
                cur.bump();
                return Ok((cur.pos, out));
            }
            Some('\\') => {
                cur.bump();
                escape(&mut cur, '"', &mut out)?;
            }
            Some('\n') => return Err(LexError::new(cur.pos, "newline in string")),
            None => return Err(LexError::new(start, "string not terminated")),
            Some(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                cur.bump();
            }
        }
    }
}

/// Scans a raw string literal starting at its opening backquote; carriage
/// returns are dropped from the value.
pub fn raw_string(src: &str, start: usize) -> Result<(usize, Vec<u8>), LexError> {
    let mut cur = Cursor {
        src,
        pos: start + 1,
    };
    let mut out = Vec::new();
    loop {
        match cur.peek_checked()? {
            Some('`') => {
                cur.bump();
                return Ok((cur.pos, out));
            }
            None => return Err(LexError::new(start, "string not terminated")),
            Some('\r') => cur.bump(),
            Some(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                cur.bump();
            }
        }
    }
}

/// Scans a rune literal starting at its opening `'`.
pub fn rune(src: &str, start: usize) -> Result<(usize, u32), LexError> {
    let mut cur = Cursor {
        src,
        pos: start + 1,
    };
    let mut n = 0;
    let mut value = 0u32;
    loop {
        match cur.peek_checked()? {
            Some('\'') => {
                if n == 0 {
                    return Err(LexError::new(cur.pos, "empty rune literal or unescaped '"));
                } else if n != 1 {
                    return Err(LexError::new(
                        start,
                        "more than one character in rune literal",
                    ));
                }
                cur.bump();
                return Ok((cur.pos, value));
            }
            Some('\\') => {
                cur.bump();
                let mut bytes = Vec::new();
                let was_byte = matches!(cur.peek(), Some('x' | '0'..='7'));
                escape(&mut cur, '\'', &mut bytes)?;
                value = if was_byte {
                    bytes.first().copied().unwrap_or(0) as u32
                } else {
                    std::str::from_utf8(&bytes)
                        .ok()
                        .and_then(|s| s.chars().next())
                        .map_or(0, |c| c as u32)
                };
            }
            Some('\n') => return Err(LexError::new(cur.pos, "newline in rune literal")),
            None => return Err(LexError::new(start, "rune literal not terminated")),
            Some(c) => {
                value = c as u32;
                cur.bump();
            }
        }
        n += 1;
    }
}

/// Scans a block comment starting at its `/*`. Returns its end and whether
/// it spans lines.
pub fn block_comment(src: &str, start: usize) -> Result<(usize, bool), LexError> {
    let mut cur = Cursor {
        src,
        pos: start + 2,
    };
    let mut newline = false;
    loop {
        match cur.peek_checked()? {
            None => return Err(LexError::new(start, "comment not terminated")),
            Some('*') => {
                cur.bump();
                if cur.eat('/') {
                    return Ok((cur.pos, newline));
                }
            }
            Some(c) => {
                newline |= c == '\n';
                cur.bump();
            }
        }
    }
}
