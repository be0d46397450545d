//! Natives of package strconv: number formatting and parsing (failures as
//! codes, see std/strconv.go) and quoting.

use super::util::{bytes, float, int, ret_bool, ret_str};
use crate::library::abi::{panic_string, Host, NativeFn, Outcome};
use crate::library::strconv::{self, atof, atoi, ftoa, quote, NumErr};
use crate::library::unicode::{is_graphic, is_print};
use crate::value::Value;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("strconv.parseInt", parse_int),
    ("strconv.parseUint", parse_uint),
    ("strconv.parseFloat", parse_float),
    ("strconv.FormatInt", format_int),
    ("strconv.Itoa", |_, a| {
        let mut v = Vec::with_capacity(20);
        strconv::append_int(&mut v, int(a, 0), 10);
        ret_str(&v)
    }),
    ("strconv.FormatUint", format_uint),
    ("strconv.FormatFloat", format_float),
    ("strconv.Quote", |_, a| quote_with(a, false, false)),
    ("strconv.QuoteToASCII", |_, a| quote_with(a, true, false)),
    ("strconv.QuoteToGraphic", |_, a| quote_with(a, false, true)),
    ("strconv.QuoteRune", |_, a| quote_rune(a, false, false)),
    ("strconv.QuoteRuneToASCII", |_, a| {
        quote_rune(a, true, false)
    }),
    ("strconv.QuoteRuneToGraphic", |_, a| {
        quote_rune(a, false, true)
    }),
    ("strconv.CanBackquote", |_, a| {
        ret_bool(quote::can_backquote(bytes(a, 0)))
    }),
    ("strconv.IsPrint", |_, a| ret_bool(is_print(int(a, 0)))),
    ("strconv.IsGraphic", |_, a| ret_bool(is_graphic(int(a, 0)))),
];

fn code(e: Option<NumErr>) -> Value {
    Value::Int(e.map_or(0, |e| e as i64))
}

fn parse_int(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let (v, e) = atoi::parse_int(bytes(a, 0), int(a, 1), int(a, 2));
    Outcome::Return(vec![Value::Int(v), code(e)])
}

fn parse_uint(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let (v, e) = atoi::parse_uint(bytes(a, 0), int(a, 1), int(a, 2));
    Outcome::Return(vec![Value::Int(v as i64), code(e)])
}

fn parse_float(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let (v, e) = atof::parse_float(bytes(a, 0), int(a, 1));
    Outcome::Return(vec![Value::Float(v), code(e)])
}

fn format_int(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let base = int(a, 1);
    if !strconv::valid_format_base(base) {
        return panic_string("strconv: illegal AppendInt/FormatInt base");
    }
    let mut v = Vec::new();
    strconv::append_int(&mut v, int(a, 0), base as u32);
    ret_str(&v)
}

fn format_uint(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let base = int(a, 1);
    if !strconv::valid_format_base(base) {
        return panic_string("strconv: illegal AppendInt/FormatInt base");
    }
    let mut v = Vec::new();
    strconv::append_uint(&mut v, int(a, 0) as u64, base as u32, false);
    ret_str(&v)
}

fn format_float(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let bits = match int(a, 3) {
        32 => 32,
        64 => 64,
        _ => return panic_string("strconv: illegal AppendFloat/FormatFloat bitSize"),
    };
    let f = if bits == 32 {
        float(a, 0) as f32 as f64
    } else {
        float(a, 0)
    };
    let prec = int(a, 2).clamp(-1, 100_000) as i32;
    ret_str(ftoa::format_float(f, int(a, 1) as u8, prec, bits).as_bytes())
}

fn quote_with(a: &[Value], ascii: bool, graphic: bool) -> Outcome {
    let mut v = Vec::new();
    quote::append_quoted(&mut v, bytes(a, 0), b'"', ascii, graphic);
    ret_str(&v)
}

fn quote_rune(a: &[Value], ascii: bool, graphic: bool) -> Outcome {
    let mut v = Vec::new();
    quote::append_quoted_rune(&mut v, int(a, 0) as i32 as i64, ascii, graphic);
    ret_str(&v)
}
