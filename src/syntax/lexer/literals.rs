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

/// What a scanner found: the token's end, its value (best effort when
/// there were errors), and the errors, in source order.
pub type Scanned<T> = (usize, T, Vec<LexError>);

/// A character cursor over the source, starting at a token, collecting
/// errors the way gc's scanner reports them and goes on.
struct Cursor<'s> {
    src: &'s str,
    pos: usize,
    errs: Vec<LexError>,
    /// Source characters before this offset were checked for NUL / BOM.
    checked: usize,
}

impl<'s> Cursor<'s> {
    fn new(src: &'s str, pos: usize) -> Self {
        Cursor {
            src,
            pos,
            errs: Vec::new(),
            checked: pos,
        }
    }
    fn peek(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|r| r.chars().next())
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
    fn report(&mut self, pos: usize, msg: impl Into<String>) {
        self.errs.push(LexError::new(pos, msg));
    }
    /// The next character; NUL and misplaced BOMs are reported once (as
    /// gc's source reader does) and then read like any other character.
    fn peek_src(&mut self) -> Option<char> {
        let c = self.peek()?;
        if self.pos >= self.checked {
            self.checked = self.pos + 1;
            if let Some(e) = bad_source_char(c, self.pos) {
                self.errs.push(e);
            }
        }
        Some(c)
    }
    fn done<T>(self, value: T) -> Scanned<T> {
        (self.pos, value, self.errs)
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
/// a digit), reporting at most one error as gc does.
pub fn number(src: &str, start: usize) -> Scanned<Lit> {
    let mut cur = Cursor::new(src, start);
    let mut base = 10;
    let mut prefix = '\0';
    let (mut dig, mut sep) = (false, false);
    let mut invalid = None;
    let mut float = false;
    let mut ok = true;

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
                let msg = format!("invalid radix point in {} literal", base_name(base));
                cur.report(cur.pos, msg);
                ok = false;
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
    if !dig && ok {
        cur.report(
            cur.pos,
            format!("{} literal has no digits", base_name(base)),
        );
        ok = false;
    }
    let e = cur.peek().map(|c| c.to_ascii_lowercase());
    if e == Some('e') || e == Some('p') {
        let ch = cur.peek().unwrap_or('e');
        if ok && e == Some('e') && prefix != '\0' && prefix != '0' {
            let msg = format!("{} exponent requires decimal mantissa", fmt_quoted(ch));
            cur.report(cur.pos, msg);
            ok = false;
        }
        if ok && e == Some('p') && prefix != 'x' {
            let msg = format!("{} exponent requires hexadecimal mantissa", fmt_quoted(ch));
            cur.report(cur.pos, msg);
            ok = false;
        }
        cur.bump();
        float = true;
        if !cur.eat('+') {
            cur.eat('-');
        }
        let (d, s) = digits(&mut cur, 10, &mut None);
        sep |= s;
        if !d && ok {
            cur.report(cur.pos, "exponent has no digits");
            ok = false;
        }
    } else if prefix == 'x' && float && ok {
        cur.report(cur.pos, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    let imag = cur.eat('i');
    let text = &src[start..cur.pos];
    if ok && !float && !imag {
        if let Some(i) = invalid {
            let c = src[i..].chars().next().unwrap_or('0');
            let msg = format!(
                "invalid digit {} in {} literal",
                fmt_quoted(c),
                base_name(base)
            );
            cur.report(i, msg);
            ok = false;
        }
    }
    if ok && sep {
        if let Some(i) = invalid_sep(text.as_bytes()) {
            cur.report(start + i, "'_' must separate successive digits");
            ok = false;
        }
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lit = if imag {
        Lit::Imag(clean)
    } else if float {
        Lit::Float(clean)
    } else {
        let digits = clean.get(
            if prefix == '\0' {
                0
            } else if prefix == '0' {
                1
            } else {
                2
            }..,
        );
        let value = match digits {
            Some(d) if ok && !d.is_empty() => BigInt::parse_bytes(d.as_bytes(), base),
            _ => None,
        };
        Lit::Int(value.unwrap_or_default())
    };
    cur.done(lit)
}

/// Scans one escape after a `\` (the cursor is on the character after it),
/// appending its value to `out`; false after reporting a bad escape. Mirrors
/// gc's scanner.escape: a bad character is not consumed.
fn escape(cur: &mut Cursor, quote: char, out: &mut Vec<u8>) -> bool {
    let c = match cur.peek_src() {
        Some(c) => c,
        None => return true, // the caller reports the missing terminator
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
        return true;
    }
    let (n, base, max) = match c {
        '0'..='7' => (3, 8, 255),
        'x' => (2, 16, 255),
        'u' => (4, 16, 0x10FFFF),
        'U' => (8, 16, 0x10FFFF),
        _ => {
            cur.report(cur.pos, "unknown escape");
            return false;
        }
    };
    if base == 16 {
        cur.bump();
    }
    let mut x: u32 = 0;
    for _ in 0..n {
        let c = match cur.peek_src() {
            Some(c) => c,
            None => return true,
        };
        match c.to_digit(16).filter(|&d| d < base) {
            Some(d) => x = x.saturating_mul(base).saturating_add(d),
            None => {
                let msg = format!(
                    "invalid character {} in {} escape",
                    fmt_quoted(c),
                    base_name(base)
                );
                cur.report(cur.pos, msg);
                return false;
            }
        }
        cur.bump();
    }
    if x > max && base == 8 {
        cur.report(cur.pos, format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = match char::from_u32(x) {
            Some(ch) => fmt_unicode(ch),
            None => format!("U+{x:04X}"),
        };
        cur.report(
            cur.pos,
            format!("escape is invalid Unicode code point {shown}"),
        );
        return false;
    }
    if c == 'x' || base == 8 {
        out.push(x as u8);
    } else if let Some(ch) = char::from_u32(x) {
        push_char(out, ch);
    }
    true
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Scans an interpreted string literal starting at its opening `"`. An
/// unterminated string ends before its line's newline (or at the end).
pub fn string(src: &str, start: usize) -> Scanned<Vec<u8>> {
    let mut cur = Cursor::new(src, start + 1);
    let mut out = Vec::new();
    loop {
        match cur.peek_src() {
            Some('"') => {
                cur.bump();
                break;
            }
            Some('\\') => {
                cur.bump();
                escape(&mut cur, '"', &mut out);
            }
            Some('\n') => {
                cur.report(cur.pos, "newline in string");
                break;
            }
            None => {
                cur.report(start, "string not terminated");
                break;
            }
            Some(c) => {
                push_char(&mut out, c);
                cur.bump();
            }
        }
    }
    cur.done(out)
}

/// Scans a raw string literal starting at its opening backquote; carriage
/// returns are dropped from the value.
pub fn raw_string(src: &str, start: usize) -> Scanned<Vec<u8>> {
    let mut cur = Cursor::new(src, start + 1);
    let mut out = Vec::new();
    loop {
        match cur.peek_src() {
            Some('`') => {
                cur.bump();
                break;
            }
            None => {
                cur.report(start, "string not terminated");
                break;
            }
            Some('\r') => cur.bump(),
            Some(c) => {
                push_char(&mut out, c);
                cur.bump();
            }
        }
    }
    cur.done(out)
}

/// Scans a rune literal starting at its opening `'`.
pub fn rune(src: &str, start: usize) -> Scanned<u32> {
    let mut cur = Cursor::new(src, start + 1);
    let mut n = 0;
    let mut value = 0u32;
    let mut ok = true;
    loop {
        match cur.peek_src() {
            Some('\'') => {
                if ok && n == 0 {
                    cur.report(cur.pos, "empty rune literal or unescaped '");
                } else if ok && n != 1 {
                    cur.report(start, "more than one character in rune literal");
                }
                cur.bump();
                break;
            }
            Some('\\') => {
                cur.bump();
                let mut bytes = Vec::new();
                let was_byte = matches!(cur.peek(), Some('x' | '0'..='7'));
                if !escape(&mut cur, '\'', &mut bytes) {
                    ok = false;
                }
                value = if was_byte {
                    bytes.first().copied().unwrap_or(0) as u32
                } else {
                    std::str::from_utf8(&bytes)
                        .ok()
                        .and_then(|s| s.chars().next())
                        .map_or(0, |c| c as u32)
                };
            }
            Some('\n') => {
                if ok {
                    cur.report(cur.pos, "newline in rune literal");
                }
                break;
            }
            None => {
                if ok {
                    cur.report(start, "rune literal not terminated");
                }
                break;
            }
            Some(c) => {
                value = c as u32;
                cur.bump();
            }
        }
        n += 1;
    }
    cur.done(value)
}

/// Scans a block comment starting at its `/*`; the value tells whether it
/// spans lines.
pub fn block_comment(src: &str, start: usize) -> Scanned<bool> {
    let mut cur = Cursor::new(src, start + 2);
    let mut newline = false;
    loop {
        match cur.peek_src() {
            None => {
                cur.report(start, "comment not terminated");
                break;
            }
            Some('*') => {
                cur.bump();
                if cur.eat('/') {
                    break;
                }
            }
            Some(c) => {
                newline |= c == '\n';
                cur.bump();
            }
        }
    }
    cur.done(newline)
}
