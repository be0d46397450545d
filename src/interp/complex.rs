//! Go's complex arithmetic on run-time values: `+ - * /`, `==`/`!=` and
//! negation for complex64 and complex128.
//!
//! Guarantees: complex128 results are what Go's compiled code computes
//! (products as `(ac-bd, ad+bc)` with no fused multiply-add; division by
//! Smith's algorithm with C99's corrections for infinities and zeros, as Go's
//! runtime `complex128div`); complex64 operations round at every step to
//! float32 as Go's float32 code does, and divide through complex128 as Go
//! does. Division by zero never panics (it gives Inf or NaN parts).
//!
//! How it fits: `ops::binop` and `ops::neg` hand complex kinds here; values
//! are `Value::Complex(re, im)`, complex64 parts kept rounded to f32.

use crate::syntax::ast::BinOp;
use crate::value::Value;

/// `a op b` for complex operands; `c64` for complex64.
pub fn binop(op: BinOp, c64: bool, a: &Value, b: &Value) -> Value {
    let ((ar, ai), (br, bi)) = (a.as_complex(), b.as_complex());
    let (re, im) = match op {
        BinOp::Eql => return Value::Bool(ar == br && ai == bi),
        BinOp::Neq => return Value::Bool(ar != br || ai != bi),
        BinOp::Quo => {
            let (re, im) = div128((ar, ai), (br, bi));
            (re, im)
        }
        _ if c64 => {
            let (ar, ai, br, bi) = (ar as f32, ai as f32, br as f32, bi as f32);
            let (re, im) = match op {
                BinOp::Add => (ar + br, ai + bi),
                BinOp::Sub => (ar - br, ai - bi),
                _ => (ar * br - ai * bi, ar * bi + ai * br),
            };
            (re as f64, im as f64)
        }
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        _ => (ar * br - ai * bi, ar * bi + ai * br),
    };
    make(c64, re, im)
}

/// `-v`.
pub fn neg(v: &Value) -> Value {
    let (re, im) = v.as_complex();
    Value::Complex(-re, -im)
}

/// `complex(re, im)` of the given width.
pub fn make(c64: bool, re: f64, im: f64) -> Value {
    if c64 {
        Value::Complex(re as f32 as f64, im as f32 as f64)
    } else {
        Value::Complex(re, im)
    }
}

/// `n / m` by Smith's algorithm (Commun. ACM 5(8), 1962), then C99 G.5.1's
/// corrections when both parts came out NaN.
fn div128((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    let (mut e, mut f) = if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    };
    if e.is_nan() && f.is_nan() {
        let inf_to_one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            let s = f64::INFINITY.copysign(c);
            (e, f) = (s * a, s * b);
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf_to_one(a), inf_to_one(b));
            (e, f) = (
                f64::INFINITY * (a * c + b * d),
                f64::INFINITY * (b * c - a * d),
            );
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf_to_one(c), inf_to_one(d));
            (e, f) = (0.0 * (a * c + b * d), 0.0 * (b * c - a * d));
        }
    }
    (e, f)
}
