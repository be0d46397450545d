//! Natives of packages unicode and unicode/utf8, answering from the tables
//! generated from Go.

use super::util::{arg, byte_slice, bytes, int, new_byte_slice, ret_bool, ret_int};
use crate::library::abi::{Host, NativeFn, Outcome};
use crate::library::unicode::{in_ranges, map_pairs, tables, to_lower, to_upper};
use crate::library::utf8;
use crate::value::Value;

macro_rules! class {
    ($name:literal, $table:ident) => {
        ($name, |_: &mut dyn Host, a: &[Value]| {
            ret_bool(in_ranges(tables::$table, int(a, 0)))
        })
    };
}

pub const NATIVES: &[(&str, NativeFn)] = &[
    class!("unicode.IsControl", CONTROL),
    class!("unicode.IsDigit", DIGIT),
    class!("unicode.IsGraphic", UGRAPHIC),
    class!("unicode.IsLetter", LETTER),
    class!("unicode.IsLower", LOWER),
    class!("unicode.IsMark", MARK),
    class!("unicode.IsNumber", NUMBER),
    class!("unicode.IsPrint", UPRINT),
    class!("unicode.IsPunct", PUNCT),
    class!("unicode.IsSymbol", SYMBOL),
    class!("unicode.IsTitle", TITLE),
    class!("unicode.IsUpper", UPPER),
    ("unicode.IsSpace", |_, a| {
        ret_bool(crate::library::unicode::is_space(int(a, 0)))
    }),
    ("unicode.ToUpper", |_, a| ret_int(to_upper(int(a, 0)))),
    ("unicode.ToLower", |_, a| ret_int(to_lower(int(a, 0)))),
    ("unicode.ToTitle", |_, a| {
        ret_int(map_pairs(tables::TO_TITLE, int(a, 0)))
    }),
    ("unicode.SimpleFold", |_, a| {
        ret_int(map_pairs(tables::SIMPLE_FOLD, int(a, 0)))
    }),
    ("unicode.To", |_, a| {
        let r = int(a, 1);
        ret_int(match int(a, 0) {
            0 => to_upper(r),
            1 => to_lower(r),
            2 => map_pairs(tables::TO_TITLE, r),
            _ => 0xFFFD,
        })
    }),
    ("unicode/utf8.AppendRune", |_, a| {
        let mut b = byte_slice(arg(a, 0));
        utf8::append_rune(&mut b, int(a, 1));
        Outcome::one(new_byte_slice(&b))
    }),
    ("unicode/utf8.DecodeRune", |_, a| {
        decoded(utf8::decode_rune(&byte_slice(arg(a, 0))))
    }),
    ("unicode/utf8.DecodeRuneInString", |_, a| {
        decoded(utf8::decode_rune(bytes(a, 0)))
    }),
    ("unicode/utf8.DecodeLastRune", |_, a| {
        decoded(utf8::decode_last_rune(&byte_slice(arg(a, 0))))
    }),
    ("unicode/utf8.DecodeLastRuneInString", |_, a| {
        decoded(utf8::decode_last_rune(bytes(a, 0)))
    }),
    ("unicode/utf8.EncodeRune", encode_rune),
    ("unicode/utf8.FullRune", |_, a| {
        ret_bool(full_rune(&byte_slice(arg(a, 0))))
    }),
    ("unicode/utf8.FullRuneInString", |_, a| {
        ret_bool(full_rune(bytes(a, 0)))
    }),
    ("unicode/utf8.RuneCount", |_, a| {
        ret_int(utf8::rune_count(&byte_slice(arg(a, 0))) as i64)
    }),
    ("unicode/utf8.RuneCountInString", |_, a| {
        ret_int(utf8::rune_count(bytes(a, 0)) as i64)
    }),
    ("unicode/utf8.RuneLen", |_, a| {
        ret_int(utf8::rune_len(int(a, 0)))
    }),
    ("unicode/utf8.RuneStart", |_, a| {
        ret_bool(int(a, 0) as u8 & 0xC0 != 0x80)
    }),
    ("unicode/utf8.Valid", |_, a| {
        ret_bool(utf8::valid(&byte_slice(arg(a, 0))))
    }),
    ("unicode/utf8.ValidRune", |_, a| {
        ret_bool(utf8::valid_rune(int(a, 0)))
    }),
    ("unicode/utf8.ValidString", |_, a| {
        ret_bool(utf8::valid(bytes(a, 0)))
    }),
];

fn decoded((r, n): (u32, usize)) -> Outcome {
    Outcome::Return(vec![Value::Int(r as i64), Value::Int(n as i64)])
}

/// `EncodeRune(p []byte, r rune) int`: writes into p's backing array
/// (Go panics with an index error when p is too short).
fn encode_rune(_: &mut dyn Host, a: &[Value]) -> Outcome {
    let mut enc = Vec::new();
    utf8::append_rune(&mut enc, int(a, 1) as i32 as i64);
    if let Value::Slice(s) = arg(a, 0) {
        if (s.len as usize) < enc.len() {
            return crate::library::abi::panic_string(&format!(
                "runtime error: index out of range [{}] with length {}",
                enc.len() - 1,
                s.len
            ));
        }
        for (i, &c) in enc.iter().enumerate() {
            s.set(i, Value::Int(c as i64));
        }
    } else if !enc.is_empty() {
        return crate::library::abi::panic_string(&format!(
            "runtime error: index out of range [{}] with length 0",
            enc.len() - 1
        ));
    }
    ret_int(enc.len() as i64)
}

/// utf8.FullRune: `b` begins with a full encoding (or an invalid one,
/// which decodes as an error of width 1).
fn full_rune(b: &[u8]) -> bool {
    let Some(&c) = b.first() else {
        return false;
    };
    let (need, lo, hi) = match c {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return true,
    };
    if b.len() >= need {
        return true;
    }
    if b.len() > 1 && !(lo..=hi).contains(&b[1]) {
        return true;
    }
    b.len() > 2 && !(0x80..=0xBF).contains(&b[2])
}
