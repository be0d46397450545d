//! ParseInt and ParseUint with Go's syntax (base prefixes and underscores
//! for base 0), bit sizes, and clamping on overflow.

use super::NumErr;

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's underscoreOK: underscores only between digits or after a base
/// prefix, never first or last.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// strconv.ParseUint: the value (clamped to the maximum on overflow) or
/// the error code.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumErr>) {
    if s.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    if (2..=36).contains(&base) {
    } else if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else {
        return (0, Some(NumErr::Base));
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    if !(1..=64).contains(&bit_size) {
        return (0, Some(NumErr::BitSize));
    }
    let max_val: u64 = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let base = base as u64;
    let mut underscores = false;
    let mut n: u64 = 0;
    let mut range = false;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' | b'A'..=b'Z' => lower(c) - b'a' + 10,
            _ => return (0, Some(NumErr::Syntax)),
        } as u64;
        if d >= base {
            return (0, Some(NumErr::Syntax));
        }
        if range {
            continue;
        }
        match n.checked_mul(base).and_then(|m| m.checked_add(d)) {
            Some(m) if m <= max_val => n = m,
            _ => range = true,
        }
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(NumErr::Syntax));
    }
    if range {
        return (max_val, Some(NumErr::Range));
    }
    (n, None)
}

/// strconv.ParseInt: the value (clamped on overflow) or the error code.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumErr>) {
    if s.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint(body, base, bit_size);
    let bits = if bit_size == 0 { 64 } else { bit_size };
    if let Some(e) = err {
        if e != NumErr::Range {
            return (0, Some(e));
        }
    }
    let cutoff = 1u64 << (bits - 1);
    if err.is_some() || (!neg && un >= cutoff) || (neg && un > cutoff) {
        let v = if neg {
            cutoff.wrapping_neg() as i64
        } else {
            (cutoff - 1) as i64
        };
        return (v, Some(NumErr::Range));
    }
    let v = if neg {
        (un as i64).wrapping_neg()
    } else {
        un as i64
    };
    (v, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        // Expectations from Go 1.27's strconv (see tests/library_strconv.rs
        // for the full comparison with the real toolchain).
        assert_eq!(parse_int(b"0x1_0", 0, 64), (16, None));
        assert_eq!(parse_int(b"0_1", 0, 64), (1, None));
        assert_eq!(parse_int(b"017", 0, 64), (15, None));
        assert_eq!(parse_int(b"1_", 0, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_int(b"-", 10, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_int(b"300", 10, 8), (127, Some(NumErr::Range)));
        assert_eq!(parse_int(b"-300", 10, 8), (-128, Some(NumErr::Range)));
        assert_eq!(parse_int(b"-128", 10, 8), (-128, None));
        assert_eq!(
            parse_int(b"-9223372036854775809", 10, 64),
            (i64::MIN, Some(NumErr::Range))
        );
        assert_eq!(parse_uint(b"-1", 10, 8), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_uint(b"1_0", 10, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_int(b"1", 1, 8), (0, Some(NumErr::Base)));
        assert_eq!(parse_int(b"1", 10, 65), (0, Some(NumErr::BitSize)));
    }
}
