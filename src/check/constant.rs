//! Exact constant values (Go spec "Constants") and their arithmetic.
//!
//! Integers are arbitrary-precision ([`BigInt`]), floats are exact rationals
//! ([`BigRational`]), so `1 << 100 >> 98` is 4 and `0.1 + 0.2 == 0.3` holds for
//! untyped constants, as in Go. A typed float constant is rounded to its
//! type's precision when it is converted ([`ConstValue::round_float`]).
//!
//! Invariant: no operation here panics; division by zero and oversized shifts
//! are rejected by the checker before they get here, and every function that
//! could fail returns `Option`.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::sync::Arc;

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// A Go string: arbitrary bytes.
    String(Arc<[u8]>),
    /// Integer and rune constants.
    Int(BigInt),
    /// Float constants, exact.
    Float(BigRational),
    /// Complex constants: exact real and imaginary parts.
    Complex(BigRational, BigRational),
}

impl ConstValue {
    pub fn int(v: i64) -> Self {
        ConstValue::Int(BigInt::from(v))
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// The value as i64 (integers, and floats with an integral value).
    pub fn as_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }
    /// The value as u64 (for uint64 constants above i64::MAX).
    pub fn as_u64(&self) -> Option<u64> {
        self.to_int().and_then(|i| i.to_u64())
    }
    /// Integer constants of a typed integer type as the interpreter stores
    /// them: two's-complement bits in a u64.
    pub fn as_bits(&self) -> Option<u64> {
        let i = self.to_int()?;
        i.to_i64().map(|v| v as u64).or_else(|| i.to_u64())
    }
    /// The nearest f64.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => i.to_f64(),
            ConstValue::Float(r) => rat_to_f64(r),
            _ => None,
        }
    }
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }
    /// The exact integer value, if the constant is integral.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(r) if r.is_integer() => Some(r.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }
    /// The exact rational value of a numeric constant (a complex one only
    /// when its imaginary part is zero, as go/constant's ToFloat).
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }
    /// The exact (real, imaginary) parts of a numeric constant.
    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            v => Some((v.to_rat()?, BigRational::zero())),
        }
    }
    /// The nearest (f64, f64) of a numeric constant.
    pub fn as_c128(&self) -> Option<(f64, f64)> {
        let (re, im) = self.to_complex()?;
        Some((rat_to_f64(&re)?, rat_to_f64(&im)?))
    }
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
        )
    }

    /// Rounds a float constant to float32 (`bits` 32) or float64 precision;
    /// `None` if it overflows that type.
    pub fn round_float(&self, bits: u32) -> Option<ConstValue> {
        round_rat(&self.to_rat()?, bits).map(ConstValue::Float)
    }

    /// Rounds a numeric constant to complex64 (`bits` 64) or complex128
    /// precision, part by part; `None` if a part overflows.
    pub fn round_complex(&self, bits: u32) -> Option<ConstValue> {
        let (re, im) = self.to_complex()?;
        let part = bits / 2;
        Some(ConstValue::Complex(
            round_rat(&re, part)?,
            round_rat(&im, part)?,
        ))
    }

    /// The value as go/constant's `String` prints it (used in messages):
    /// strings quoted, floats in shortest form.
    pub fn describe(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::String(s) => {
                let text = String::from_utf8_lossy(s);
                let q = go_quote(&text);
                // go/constant shortens long strings.
                if q.chars().count() > 72 {
                    let cut: String = q.chars().take(68).collect();
                    format!("{cut}...\"")
                } else {
                    q
                }
            }
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(r) => describe_rat(r),
            ConstValue::Complex(re, im) => {
                let part = |r: &BigRational| match r.to_integer().to_i64() {
                    Some(i) if r.is_integer() => i.to_string(),
                    _ => describe_rat(r),
                };
                format!("({} + {}i)", part(re), part(im))
            }
        }
    }
}

/// go/constant's String of a float (or a complex part that is not a
/// small integer): `%.6g`, or `%g` when that hides a fraction.
fn describe_rat(r: &BigRational) -> String {
    match rat_to_f64(r) {
        Some(f) if f.is_finite() && (f != 0.0 || r.is_zero()) => {
            let s = format_g(f, Some(6));
            if !r.is_integer() && !s.contains('.') && !s.contains('e') {
                format_g(f, None)
            } else {
                s
            }
        }
        _ => format!("{}/{}", r.numer(), r.denom()),
    }
}

/// `r` rounded to float32 (`bits` 32) or float64; `None` on overflow.
fn round_rat(r: &BigRational, bits: u32) -> Option<BigRational> {
    let f = rat_to_f64(r)?;
    let f = if bits == 32 {
        let g = f as f32;
        if g.is_infinite() {
            return None;
        }
        g as f64
    } else {
        f
    };
    if f.is_infinite() {
        return None;
    }
    BigRational::from_float(f)
}

/// `s` as a Go double-quoted string literal (strconv.Quote).
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `%g` (`prec` None: shortest repr) or `%.Ng` formatting of `f`.
pub fn format_g(f: f64, prec: Option<usize>) -> String {
    if f == 0.0 {
        return "0".into();
    }
    // Mantissa digits and decimal exponent, via Rust's exact formatting.
    let e_str = match prec {
        Some(p) => format!("{:.*e}", p.saturating_sub(1), f),
        None => format!("{f:e}"),
    };
    let (mant, exp) = e_str.split_once('e').unwrap_or((&e_str, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let limit = prec.unwrap_or(6) as i32;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if exp < -4 || exp >= limit {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    } else if exp < 0 {
        s.push_str("0.");
        for _ in 0..(-exp - 1) {
            s.push('0');
        }
        s.push_str(digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            s.push_str(digits);
            for _ in digits.len()..point {
                s.push('0');
            }
        } else {
            s.push_str(&digits[..point]);
            s.push('.');
            s.push_str(&digits[point..]);
        }
    }
    s
}

/// The nearest f64 to an exact rational (±inf when out of range).
pub fn rat_to_f64(r: &BigRational) -> Option<f64> {
    if r.is_zero() {
        return Some(0.0);
    }
    let n = r.numer().abs();
    let d = r.denom();
    // Quotient with about 64 significant bits, then scale by a power of two.
    let shift: i64 = 64 - (n.bits() as i64 - d.bits() as i64);
    let q = if shift >= 0 {
        (n << shift as usize) / d
    } else {
        n / (d << (-shift) as usize)
    };
    let mut f = q.to_f64()?;
    let mut s = -shift;
    while s > 1000 && f.is_finite() {
        f *= 2f64.powi(1000);
        s -= 1000;
    }
    while s < -1000 && f != 0.0 {
        f *= 2f64.powi(-1000);
        s += 1000;
    }
    f *= 2f64.powi(s.clamp(-2000, 2000) as i32);
    Some(if r.is_negative() { -f } else { f })
}

/// Parses a Go float literal (decimal or hex, `_` already removed) exactly.
pub fn parse_float_lit(s: &str) -> Option<BigRational> {
    let s = s.replace('_', "");
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = match hex.find(['p', 'P']) {
            Some(i) => (&hex[..i], hex[i + 1..].parse::<i64>().ok()?),
            None => (hex, 0),
        };
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac_part}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e = exp - 4 * frac_part.len() as i64;
        return Some(scale_pow(BigRational::from_integer(m), 2, e));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (&s[..], 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e = exp - frac_part.len() as i64;
    if e.abs() > 100_000 {
        return None;
    }
    Some(scale_pow(BigRational::from_integer(m), 10, e))
}

/// Parses a Go imaginary literal (`4i`, `1.5e3i`, `0x1p-2i`, `0b101i`;
/// `0123i` is decimal for backward compatibility) to its imaginary part.
pub fn parse_imag_lit(s: &str) -> Option<BigRational> {
    let body = s.strip_suffix('i')?.replace('_', "");
    let lower = body.to_ascii_lowercase();
    let radix = |p: &str| lower.strip_prefix(p).map(str::to_owned);
    let int = |digits: &str, base: u32| {
        BigInt::parse_bytes(digits.as_bytes(), base).map(BigRational::from_integer)
    };
    if let Some(hex) = radix("0x") {
        if hex.contains(['p', '.']) {
            return parse_float_lit(&body);
        }
        return int(&hex, 16);
    }
    if let Some(b) = radix("0b") {
        return int(&b, 2);
    }
    if let Some(o) = radix("0o") {
        return int(&o, 8);
    }
    if lower.contains(['.', 'e']) {
        return parse_float_lit(&body);
    }
    int(&body, 10)
}

fn scale_pow(m: BigRational, base: u32, e: i64) -> BigRational {
    if e.abs() > 100_000 {
        return m;
    }
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    if e >= 0 {
        m * BigRational::from_integer(p)
    } else {
        m / BigRational::from_integer(p)
    }
}

/// Smallest and largest value of a sized integer type with `bits` bits.
pub fn int_range(bits: u32, unsigned: bool) -> (BigInt, BigInt) {
    if unsigned {
        (BigInt::zero(), (BigInt::one() << bits as usize) - 1)
    } else {
        let half = BigInt::one() << (bits - 1) as usize;
        (-half.clone(), half - 1)
    }
}
