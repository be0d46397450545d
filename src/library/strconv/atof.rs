//! ParseFloat with Go's syntax: optional sign, `inf`/`infinity`/`nan`
//! (any case), decimal or hexadecimal mantissa, underscores between
//! digits, and ErrRange (with ±Inf) on overflow. Decimal conversion is
//! Rust's correctly rounded parser, as Go's is correctly rounded.

use super::atoi::underscore_ok;
use super::NumErr;

fn prefix_len_ignore_case(s: &[u8], word: &[u8]) -> usize {
    s.iter()
        .zip(word)
        .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
        .count()
}

/// Go's special(): infinities and NaN; (value, bytes consumed).
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => {
            return (prefix_len_ignore_case(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, 0, s),
    };
    let mut n = prefix_len_ignore_case(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// strconv.ParseFloat(s, bit_size): the value (±Inf on overflow) or the
/// error code. `bit_size` 32 rounds to float32.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumErr>) {
    if let Some((v, n)) = special(s) {
        if n == s.len() {
            return (v, None);
        }
        return (0.0, Some(NumErr::Syntax));
    }
    let Some(v) = parse_finite(s, bit_size == 32) else {
        return (0.0, Some(NumErr::Syntax));
    };
    if v.is_infinite() {
        return (v, Some(NumErr::Range));
    }
    (v, None)
}

fn parse_finite(s: &[u8], f32_: bool) -> Option<f64> {
    if s.contains(&b'_') && !underscore_ok(s) {
        return None;
    }
    let clean: Vec<u8> = s.iter().copied().filter(|&c| c != b'_').collect();
    let (neg, body) = match clean.first()? {
        b'+' => (false, &clean[1..]),
        b'-' => (true, &clean[1..]),
        _ => (false, &clean[..]),
    };
    let v = if body.len() > 2 && body[0] == b'0' && body[1] | 0x20 == b'x' {
        parse_hex(&body[2..], f32_)?
    } else {
        parse_decimal(body, f32_)?
    };
    Some(if neg { -v } else { v })
}

fn parse_decimal(b: &[u8], f32_: bool) -> Option<f64> {
    // Validate Go's grammar: digits [. digits] [e [sign] digits], with at
    // least one mantissa digit.
    let mut i = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && b[i] | 0x20 == b'e' {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let s = std::str::from_utf8(b).ok()?;
    if f32_ {
        s.parse::<f32>().ok().map(|v| v as f64)
    } else {
        s.parse::<f64>().ok()
    }
}

/// Hex mantissa with mandatory binary exponent: `1.8p3`, `.8p1`.
fn parse_hex(b: &[u8], f32_: bool) -> Option<f64> {
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut digits = 0;
    let mut sticky = false;
    let mut seen_dot = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        digits += 1;
        if mant >> 60 == 0 {
            mant = mant << 4 | d as u64;
            if seen_dot {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_dot {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= b.len() || b[i] | 0x20 != b'p' {
        return None;
    }
    i += 1;
    let mut eneg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        eneg = b[i] == b'-';
        i += 1;
    }
    let start = i;
    let mut e: i64 = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        e = (e * 10 + (b[i] - b'0') as i64).min(100_000);
        i += 1;
    }
    if i == start || i != b.len() {
        return None;
    }
    exp += if eneg { -e } else { e };
    if sticky {
        mant |= 1;
    }
    Some(scale_binary(mant, exp, f32_))
}

/// `mant × 2^exp` rounded to nearest even in the target precision
/// (subnormals included).
fn scale_binary(mant: u64, exp: i64, f32_: bool) -> f64 {
    if mant == 0 {
        return 0.0;
    }
    let (mbits, emin, emax) = if f32_ {
        (24i64, -149i64, 127i64)
    } else {
        (53, -1074, 1023)
    };
    let top = 63 - mant.leading_zeros() as i64 + exp;
    if top > emax {
        return f64::INFINITY;
    }
    // The lowest bit position the result can keep, and how many low bits
    // of `mant` fall below it.
    let lsb = (top - mbits + 1).max(emin);
    let shift = lsb - exp;
    let q = if shift <= 0 {
        return pow2(mant as f64, exp);
    } else if shift >= 64 {
        let round_up = shift == 64 && mant > 1 << 63;
        round_up as u64
    } else {
        let q = mant >> shift;
        let rem = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        q + (rem > half || rem == half && q & 1 == 1) as u64
    };
    pow2(q as f64, lsb)
}

/// `x × 2^e`, exact whenever the result is representable.
fn pow2(x: f64, e: i64) -> f64 {
    let first = e.clamp(-1000, 1000);
    let rest = (e - first).clamp(-1000, 1000);
    x * 2f64.powi(first as i32) * 2f64.powi(rest as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        assert_eq!(parse_float(b"1_000.5", 64), (1000.5, None));
        assert_eq!(parse_float(b"0x1_0p0", 64), (16.0, None));
        assert_eq!(parse_float(b"1__0", 64).1, Some(NumErr::Syntax));
        assert_eq!(
            parse_float(b"1e400", 64),
            (f64::INFINITY, Some(NumErr::Range))
        );
        assert_eq!(parse_float(b"1e-400", 64), (0.0, None));
        assert_eq!(parse_float(b"+nan", 64).1, Some(NumErr::Syntax));
        assert!(parse_float(b"NaN", 64).0.is_nan());
        assert_eq!(parse_float(b"+Infinity", 64), (f64::INFINITY, None));
        assert_eq!(parse_float(b"infin", 64).1, Some(NumErr::Syntax));
        assert_eq!(parse_float(b"5.", 64), (5.0, None));
        assert_eq!(parse_float(b".", 64).1, Some(NumErr::Syntax));
        assert_eq!(parse_float(b"0x.8p1", 64), (1.0, None));
        assert_eq!(parse_float(b"0x1", 64).1, Some(NumErr::Syntax));
        assert_eq!(parse_float(b"+.5e+2", 64), (50.0, None));
        assert_eq!(
            parse_float(b"0x1.fffffffffffff8p1023", 64),
            (f64::INFINITY, Some(NumErr::Range))
        );
        assert_eq!(parse_float(b"0x1p-2", 64), (0.25, None));
        assert_eq!(parse_float(b"0.1", 32), (0.1f32 as f64, None));
    }
}
