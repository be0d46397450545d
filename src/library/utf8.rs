//! UTF-8 decoding with Go's rules (package unicode/utf8): an invalid or
//! truncated sequence, a surrogate or an over-long encoding decodes as
//! `(RUNE_ERROR, 1)`; so does nothing else. Shared by fmt, strconv, strings
//! and the utf8 natives.

/// U+FFFD, what invalid input decodes to.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// The largest valid code point.
pub const MAX_RUNE: u32 = 0x10FFFF;

/// Decodes the first rune of `b`: (rune, width). Empty input gives
/// `(RUNE_ERROR, 0)`.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&c0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if c0 < 0x80 {
        return (c0 as u32, 1);
    }
    let (n, min, init) = match c0 {
        0xC2..=0xDF => (2, 0x80, (c0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (c0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (c0 & 0x07) as u32),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = r << 6 | (c & 0x3F) as u32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Decodes the last rune of `b`: (rune, width).
pub fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = b.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, n) = decode_rune(&b[start..end]);
    if start + n != end {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Whether `r` is a valid code point (not a surrogate, not above MAX_RUNE).
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE as i64).contains(&r)
}

/// Appends the UTF-8 encoding of `r` (RUNE_ERROR's for an invalid rune).
pub fn append_rune(dst: &mut Vec<u8>, r: i64) {
    let c = if valid_rune(r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut buf = [0u8; 4];
    dst.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Number of bytes needed to encode `r`, or -1 if it is not valid.
pub fn rune_len(r: i64) -> i64 {
    match r {
        _ if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

/// Number of runes in `b` (each invalid byte counts as one).
pub fn rune_count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&b[i..]).1.max(1);
        }
        n += 1;
    }
    n
}

/// Whether `b` is entirely valid UTF-8.
pub fn valid(b: &[u8]) -> bool {
    std::str::from_utf8(b).is_ok()
}

/// Iterates over `(byte offset, rune, width)` as Go's `for i, r := range s`.
pub fn runes(b: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        let at = i;
        i += w.max(1);
        Some((at, r, w.max(1)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // over-long
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_last_rune("a€".as_bytes()), (0x20AC, 3));
        assert_eq!(rune_count(b"a\xffb\xe2\x82\xac"), 4);
        assert_eq!(rune_len(0xD800), -1);
    }
}
