//! Go's operators and conversions on [`Value`]s: integer arithmetic wrapped
//! to the operand width, truncating division, shifts, float32 rounding,
//! string concatenation and comparison, and the value conversions
//! (`string(r)`, `[]byte(s)`, `[]rune(s)`...).
//!
//! Everything here is a pure function; the only failures are Go's run-time
//! errors, returned as [`RtErr`] for the caller to raise as a panic.

use super::ir::{ConvKind, NumKind};
use crate::syntax::ast::BinOp;
use crate::value::{wrap_int, Slice, Value};
use std::sync::Arc;

/// Why a goroutine is unwinding, as raised by the interpreter or library.
#[derive(Clone, Debug)]
pub enum RtErr {
    /// A run-time error value (a `runtime.Error`): `msg` is its full
    /// Error() text (`runtime error: index out of range [5] with length 3`,
    /// `assignment to entry in nil map`, `interface conversion: ...`);
    /// `sigsegv` adds Go's signal line to the crash report.
    Error { msg: String, sigsegv: bool },
    /// `panic(v)` with an arbitrary Go value (an interface value).
    Value(Value),
    /// An unrecoverable fatal error (`fatal error: <msg>`), e.g. stack overflow.
    Fatal(String),
    /// `runtime.Goexit()`: runs the deferred calls, then ends the goroutine.
    Goexit,
}

impl RtErr {
    /// `runtime error: <msg>`.
    pub fn rt(msg: impl std::fmt::Display) -> Box<RtErr> {
        Box::new(RtErr::Error {
            msg: format!("runtime error: {msg}"),
            sigsegv: false,
        })
    }
    /// A run-time error whose text has no `runtime error: ` prefix.
    pub fn plain(msg: impl Into<String>) -> Box<RtErr> {
        Box::new(RtErr::Error {
            msg: msg.into(),
            sigsegv: false,
        })
    }
    pub fn nil_deref() -> Box<RtErr> {
        Box::new(RtErr::Error {
            msg: "runtime error: invalid memory address or nil pointer dereference".into(),
            sigsegv: true,
        })
    }
}

pub type RtResult<T> = Result<T, Box<RtErr>>;

pub fn rt<T>(msg: impl std::fmt::Display) -> RtResult<T> {
    Err(RtErr::rt(msg))
}

#[inline]
fn to_u64(v: i64, bits: u8) -> u64 {
    (wrap_int(v, bits, false)) as u64
}

/// [`int_binop`] with `+`, `-` and `*` inline (the hot ones).
#[inline(always)]
pub fn int_arith(op: BinOp, a: i64, b: i64, bits: u8, signed: bool) -> RtResult<i64> {
    match op {
        BinOp::Add => Ok(wrap_int(a.wrapping_add(b), bits, signed)),
        BinOp::Sub => Ok(wrap_int(a.wrapping_sub(b), bits, signed)),
        BinOp::Mul => Ok(wrap_int(a.wrapping_mul(b), bits, signed)),
        _ => int_binop(op, a, b, bits, signed),
    }
}

/// Integer binary operation on operands of `bits`/`signed`.
#[inline]
pub fn int_binop(op: BinOp, a: i64, b: i64, bits: u8, signed: bool) -> RtResult<i64> {
    use BinOp::*;
    let r = match op {
        Add => a.wrapping_add(b),
        Sub => a.wrapping_sub(b),
        Mul => a.wrapping_mul(b),
        Quo | Rem => {
            if b == 0 {
                return rt("integer divide by zero");
            }
            if signed {
                if op == Quo {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                }
            } else {
                let (x, y) = (to_u64(a, bits), to_u64(b, bits));
                (if op == Quo { x / y } else { x % y }) as i64
            }
        }
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        AndNot => a & !b,
        Shl | Shr => return shift(op == Shl, a, b, bits, signed, true),
        _ => return Ok(int_cmp(op, a, b, bits, signed) as i64),
    };
    Ok(wrap_int(r, bits, signed))
}

/// `a << b` / `a >> b`; `count_signed` when the count's type is signed (a
/// negative count panics).
pub fn shift(
    left: bool,
    a: i64,
    b: i64,
    bits: u8,
    signed: bool,
    count_signed: bool,
) -> RtResult<i64> {
    if count_signed && b < 0 {
        return rt("negative shift amount");
    }
    let n = b as u64;
    let r = if left {
        if n >= 64 {
            0
        } else {
            a.wrapping_shl(n as u32)
        }
    } else if signed {
        a >> n.min(63)
    } else if n >= 64 {
        0
    } else {
        (to_u64(a, bits) >> n) as i64
    };
    Ok(wrap_int(r, bits, signed))
}

#[inline]
pub fn int_cmp(op: BinOp, a: i64, b: i64, bits: u8, signed: bool) -> bool {
    use std::cmp::Ordering as O;
    let ord = if signed {
        a.cmp(&b)
    } else {
        to_u64(a, bits).cmp(&to_u64(b, bits))
    };
    match op {
        BinOp::Eql => ord == O::Equal,
        BinOp::Neq => ord != O::Equal,
        BinOp::Lss => ord == O::Less,
        BinOp::Leq => ord != O::Greater,
        BinOp::Gtr => ord == O::Greater,
        BinOp::Geq => ord != O::Less,
        _ => false,
    }
}

fn ord_result<T: PartialOrd>(op: BinOp, a: T, b: T) -> bool {
    match op {
        BinOp::Eql => a == b,
        BinOp::Neq => a != b,
        BinOp::Lss => a < b,
        BinOp::Leq => a <= b,
        BinOp::Gtr => a > b,
        BinOp::Geq => a >= b,
        _ => false,
    }
}

/// Any binary operator except `&&`/`||`.
pub fn binop(op: BinOp, kind: NumKind, a: &Value, b: &Value) -> RtResult<Value> {
    match kind {
        NumKind::Int { bits, signed } => {
            let r = int_binop(op, a.as_int(), b.as_int(), bits, signed)?;
            Ok(if is_cmp(op) {
                Value::Bool(r != 0)
            } else {
                Value::Int(r)
            })
        }
        NumKind::F32 | NumKind::F64 => {
            let (x, y) = (a.as_float(), b.as_float());
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Quo => x / y,
                _ => return Ok(Value::Bool(ord_result(op, x, y))),
            };
            Ok(Value::Float(if kind == NumKind::F32 {
                r as f32 as f64
            } else {
                r
            }))
        }
        NumKind::Complex { c64 } => Ok(super::complex::binop(op, c64, a, b)),
        NumKind::Str => {
            let (x, y) = (a.as_bytes(), b.as_bytes());
            if op == BinOp::Add {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                return Ok(Value::Str(v.into()));
            }
            Ok(Value::Bool(ord_result(op, x, y)))
        }
        NumKind::Bool | NumKind::Other => {
            let eq = a.go_eq(b);
            Ok(Value::Bool(if op == BinOp::Neq { !eq } else { eq }))
        }
    }
}

pub fn is_cmp(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq
    )
}

/// Unary minus.
pub fn neg(kind: NumKind, v: &Value) -> Value {
    match kind {
        NumKind::Int { bits, signed } => {
            Value::Int(wrap_int(v.as_int().wrapping_neg(), bits, signed))
        }
        NumKind::Complex { .. } => super::complex::neg(v),
        _ => Value::Float(-v.as_float()),
    }
}

/// Decodes one UTF-8 sequence at the start of `s`: (rune, width); invalid
/// input gives (U+FFFD, 1) as Go's range and conversions do.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let b0 = match s.first() {
        Some(&b) => b,
        None => return (0xFFFD, 0),
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if s.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

/// Appends the UTF-8 encoding of rune `r` (U+FFFD when invalid).
pub fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

fn float_to_int(f: f64, bits: u8, signed: bool) -> i64 {
    // Go leaves out-of-range conversions implementation-defined; amd64 gives
    // the "integer indefinite" value (i64::MIN) for 64-bit targets.
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if f.is_nan() || !(-TWO63..TWO63).contains(&f) {
        if !signed && bits == 64 && (TWO63..2.0 * TWO63).contains(&f) {
            return (f as u64) as i64;
        }
        return wrap_int(i64::MIN, bits, signed);
    }
    wrap_int(f as i64, bits, signed)
}

/// Applies a conversion.
pub fn convert(kind: ConvKind, v: Value) -> Value {
    match kind {
        ConvKind::Nop => v,
        ConvKind::IntToInt { bits, signed } => Value::Int(wrap_int(v.as_int(), bits, signed)),
        ConvKind::IntToFloat { from_signed, f32 } => {
            let i = v.as_int();
            let f = if from_signed {
                i as f64
            } else {
                i as u64 as f64
            };
            Value::Float(if f32 { f as f32 as f64 } else { f })
        }
        ConvKind::FloatToInt { bits, signed } => {
            Value::Int(float_to_int(v.as_float(), bits, signed))
        }
        ConvKind::FloatToFloat { f32 } => {
            let f = v.as_float();
            Value::Float(if f32 { f as f32 as f64 } else { f })
        }
        ConvKind::ComplexToComplex { c64 } => {
            let (re, im) = v.as_complex();
            super::complex::make(c64, re, im)
        }
        ConvKind::Real => Value::Float(v.as_complex().0),
        ConvKind::Imag => Value::Float(v.as_complex().1),
        ConvKind::IntToString => {
            let mut out = Vec::with_capacity(4);
            encode_rune(&mut out, v.as_int());
            Value::Str(out.into())
        }
        ConvKind::BytesToString => match v {
            Value::Slice(s) => {
                let bytes: Vec<u8> = s.to_vec().iter().map(|b| b.as_int() as u8).collect();
                Value::Str(bytes.into())
            }
            _ => Value::Str(Arc::from(&b""[..])),
        },
        ConvKind::RunesToString => match v {
            Value::Slice(s) => {
                let mut out = Vec::new();
                for r in s.to_vec() {
                    encode_rune(&mut out, r.as_int());
                }
                Value::Str(out.into())
            }
            _ => Value::Str(Arc::from(&b""[..])),
        },
        ConvKind::StringToBytes => {
            let b = v.as_bytes();
            Value::Slice(Slice::from_vec(
                b.iter().map(|&c| Value::Int(c as i64)).collect(),
            ))
        }
        ConvKind::StringToRunes => {
            let mut s = v.as_bytes();
            let mut out = Vec::new();
            while !s.is_empty() {
                let (r, n) = decode_rune(s);
                out.push(Value::Int(r as i64));
                s = &s[n..];
            }
            Value::Slice(Slice::from_vec(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_and_wrapping() {
        assert_eq!(int_binop(BinOp::Quo, -7, 2, 64, true).unwrap(), -3);
        assert_eq!(int_binop(BinOp::Rem, -7, 2, 64, true).unwrap(), -1);
        assert_eq!(
            int_binop(BinOp::Quo, i64::MIN, -1, 64, true).unwrap(),
            i64::MIN
        );
        assert_eq!(int_binop(BinOp::Add, 255, 1, 8, false).unwrap(), 0);
        assert_eq!(
            int_binop(BinOp::Quo, -1, 2, 64, false).unwrap(),
            (u64::MAX / 2) as i64
        );
        assert!(int_binop(BinOp::Quo, 1, 0, 64, true).is_err());
        assert_eq!(shift(true, 1, 70, 64, true, true).unwrap(), 0);
        assert_eq!(shift(false, -8, 70, 64, true, true).unwrap(), -1);
        assert!(shift(true, 1, -1, 64, true, true).is_err());
    }

    #[test]
    fn utf8() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(&[0xFF, 0x41]), (0xFFFD, 1));
        let mut v = Vec::new();
        encode_rune(&mut v, 0xD800);
        assert_eq!(v, "\u{FFFD}".as_bytes());
    }
}
