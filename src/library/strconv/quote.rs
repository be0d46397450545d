//! Go string and rune literals: Quote, QuoteToASCII, QuoteRune,
//! CanBackquote (byte-exact with Go's strconv, using Go's IsPrint table).

use crate::library::unicode::{is_graphic, is_print};
use crate::library::utf8::{append_rune, decode_rune, valid_rune, RUNE_ERROR};

const LOWERHEX: &[u8] = b"0123456789abcdef";

/// Appends `s` quoted with `quote` (`"` or `'` or `` ` ``-free forms):
/// invalid bytes as `\xff`, non-printable runes escaped, or every non-ASCII
/// rune with `ascii_only`; graphic runes kept with `graphic_only`.
pub fn append_quoted(dst: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) {
    dst.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if w == 1 && r == RUNE_ERROR {
            dst.extend_from_slice(b"\\x");
            dst.push(LOWERHEX[(s[i] >> 4) as usize]);
            dst.push(LOWERHEX[(s[i] & 0xF) as usize]);
            i += 1;
            continue;
        }
        append_escaped_rune(dst, r as i64, quote, ascii_only, graphic_only);
        i += w;
    }
    dst.push(quote);
}

/// Appends rune `r` quoted with `'` as Go's QuoteRune (invalid runes become
/// U+FFFD).
pub fn append_quoted_rune(dst: &mut Vec<u8>, r: i64, ascii_only: bool, graphic_only: bool) {
    dst.push(b'\'');
    let r = if valid_rune(r) { r } else { RUNE_ERROR as i64 };
    append_escaped_rune(dst, r, b'\'', ascii_only, graphic_only);
    dst.push(b'\'');
}

fn append_escaped_rune(dst: &mut Vec<u8>, r: i64, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i64 || r == '\\' as i64 {
        dst.push(b'\\');
        dst.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            dst.push(r as u8);
            return;
        }
    } else if is_print(r) || graphic_only && is_graphic(r) {
        append_rune(dst, r);
        return;
    }
    let esc: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !esc.is_empty() {
        dst.extend_from_slice(esc);
        return;
    }
    if r < ' ' as i64 || r == 0x7F {
        dst.extend_from_slice(b"\\x");
        dst.push(LOWERHEX[((r as u8) >> 4) as usize]);
        dst.push(LOWERHEX[((r as u8) & 0xF) as usize]);
        return;
    }
    let r = if valid_rune(r) { r } else { 0xFFFD };
    if r < 0x10000 {
        dst.extend_from_slice(b"\\u");
        for s in (0..=12).rev().step_by(4) {
            dst.push(LOWERHEX[((r >> s) & 0xF) as usize]);
        }
    } else {
        dst.extend_from_slice(b"\\U");
        for s in (0..=28).rev().step_by(4) {
            dst.push(LOWERHEX[((r >> s) & 0xF) as usize]);
        }
    }
}

/// strconv.Quote.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut v, s, b'"', false, false);
    v
}

/// strconv.CanBackquote: `s` can be written as a raw string literal.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < ' ' as u32 && r != '\t' as u32) || r == '`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &[u8]) -> String {
        String::from_utf8(quote(s)).unwrap()
    }

    #[test]
    fn quotes_like_go() {
        assert_eq!(q(b"hi\n\t\"x\"\\"), r#""hi\n\t\"x\"\\""#);
        assert_eq!(q("é☺\u{7f}\u{0}".as_bytes()), r#""é☺\x7f\x00""#);
        assert_eq!(q(b"\xff"), r#""\xff""#);
        assert_eq!(q("\u{feff}\u{10ffff}".as_bytes()), r#""\ufeff\U0010ffff""#);
        let mut v = Vec::new();
        append_quoted(&mut v, "é".as_bytes(), b'"', true, false);
        assert_eq!(v, br#""\u00e9""#);
        let mut v = Vec::new();
        append_quoted_rune(&mut v, '\'' as i64, false, false);
        assert_eq!(v, br"'\''");
        assert!(can_backquote(b"a\tb") && !can_backquote(b"a`b"));
    }
}
