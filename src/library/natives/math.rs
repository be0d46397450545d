//! Natives of package math. Rust's f64 functions are used where they are
//! correctly rounded or match Go's special-case tables (NaN, ±Inf, ±0),
//! which the functions below check explicitly where Rust's libm differs.

use super::util::{float, int, ret_bool, ret_float, ret_int};
use crate::library::abi::{Host, NativeFn, Outcome};
use crate::value::Value;

macro_rules! unary {
    ($name:literal, $f:expr) => {
        ($name, |_: &mut dyn Host, a: &[Value]| {
            ret_float($f(float(a, 0)))
        })
    };
}

macro_rules! binary {
    ($name:literal, $f:expr) => {
        ($name, |_: &mut dyn Host, a: &[Value]| {
            ret_float($f(float(a, 0), float(a, 1)))
        })
    };
}

pub const NATIVES: &[(&str, NativeFn)] = &[
    unary!("math.Abs", f64::abs),
    unary!("math.Acos", f64::acos),
    unary!("math.Asin", f64::asin),
    unary!("math.Atan", f64::atan),
    binary!("math.Atan2", f64::atan2),
    unary!("math.Cbrt", f64::cbrt),
    unary!("math.Ceil", f64::ceil),
    binary!("math.Copysign", f64::copysign),
    unary!("math.Cos", f64::cos),
    unary!("math.Cosh", f64::cosh),
    binary!("math.Dim", dim),
    unary!("math.Exp", f64::exp),
    unary!("math.Exp2", f64::exp2),
    unary!("math.Floor", f64::floor),
    binary!("math.Hypot", hypot),
    unary!("math.Log", f64::ln),
    unary!("math.Log10", f64::log10),
    unary!("math.Log1p", f64::ln_1p),
    unary!("math.Log2", f64::log2),
    binary!("math.Max", max),
    binary!("math.Min", min),
    binary!("math.Mod", fmod),
    binary!("math.Pow", pow),
    binary!("math.Remainder", remainder),
    unary!("math.Round", f64::round),
    unary!("math.RoundToEven", f64::round_ties_even),
    unary!("math.Sin", f64::sin),
    unary!("math.Sinh", f64::sinh),
    unary!("math.Sqrt", f64::sqrt),
    unary!("math.Tan", f64::tan),
    unary!("math.Tanh", f64::tanh),
    unary!("math.Trunc", f64::trunc),
    ("math.Inf", |_, a| {
        ret_float(if int(a, 0) >= 0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        })
    }),
    ("math.IsInf", |_, a| {
        let (f, s) = (float(a, 0), int(a, 1));
        ret_bool(s >= 0 && f == f64::INFINITY || s <= 0 && f == f64::NEG_INFINITY)
    }),
    ("math.IsNaN", |_, a| ret_bool(float(a, 0).is_nan())),
    ("math.NaN", |_, _| ret_float(f64::NAN)),
    ("math.Signbit", |_, a| {
        ret_bool(float(a, 0).is_sign_negative())
    }),
    ("math.Float64bits", |_, a| {
        ret_int(float(a, 0).to_bits() as i64)
    }),
    ("math.Float64frombits", |_, a| {
        ret_float(f64::from_bits(int(a, 0) as u64))
    }),
    ("math.Float32bits", |_, a| {
        ret_int((float(a, 0) as f32).to_bits() as i64)
    }),
    ("math.Float32frombits", |_, a| {
        ret_float(f32::from_bits(int(a, 0) as u32) as f64)
    }),
    ("math.Pow10", |_, a| ret_float(pow10(int(a, 0)))),
    ("math.Modf", |_, a| {
        let f = float(a, 0);
        let (i, fr) = modf(f);
        Outcome::Return(vec![Value::Float(i), Value::Float(fr)])
    }),
];

fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        0.0
    } else {
        v
    }
}

/// Go's Max: +Inf wins over NaN, NaN otherwise, +0 over -0.
fn max(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// Go's Min: -Inf wins over NaN, NaN otherwise, -0 over +0.
fn min(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

fn hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    p.hypot(q)
}

/// Go's Mod: the result has the sign of x (Rust's % on floats is fmod).
fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    x % y
}

/// Go's Pow special cases where C's pow differs: Pow(-1, ±Inf) = 1.
fn pow(x: f64, y: f64) -> f64 {
    if x == -1.0 && y.is_infinite() {
        return 1.0;
    }
    x.powf(y)
}

/// IEEE 754 remainder (round-to-nearest-even quotient).
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let n = (x / y).round_ties_even();
    let r = x - n * y;
    if r == 0.0 {
        return 0.0f64.copysign(x);
    }
    r
}

fn pow10(n: i64) -> f64 {
    if n < -323 {
        return 0.0;
    }
    if n > 308 {
        return f64::INFINITY;
    }
    format!("1e{n}").parse().unwrap_or(0.0)
}

fn modf(f: f64) -> (f64, f64) {
    if f.is_infinite() {
        return (f, f64::NAN);
    }
    let i = f.trunc();
    let fr = if f.is_nan() { f } else { (f - i).copysign(f) };
    (i, fr)
}
