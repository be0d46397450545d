//! Natives of package strings: substring search and case mapping (the rest
//! of strings is Go code in std/strings.go).

use super::util::{bytes, int, ret_int, ret_str};
use crate::library::abi::{NativeFn, Outcome};
use crate::library::unicode::{map_pairs, tables, to_lower, to_upper};
use crate::library::utf8::{append_rune, runes};
use crate::value::Value;

pub const NATIVES: &[(&str, NativeFn)] = &[
    ("strings.Index", |_, a| {
        ret_int(index(bytes(a, 0), bytes(a, 1)))
    }),
    ("strings.LastIndex", |_, a| {
        ret_int(last_index(bytes(a, 0), bytes(a, 1)))
    }),
    ("strings.IndexByte", |_, a| {
        let c = int(a, 1) as u8;
        ret_int(
            bytes(a, 0)
                .iter()
                .position(|&b| b == c)
                .map_or(-1, |i| i as i64),
        )
    }),
    ("strings.ToUpper", |_, a| case_map(a, to_upper)),
    ("strings.ToLower", |_, a| case_map(a, to_lower)),
    ("strings.ToTitle", |_, a| {
        case_map(a, |r| map_pairs(tables::TO_TITLE, r))
    }),
];

/// First index of `sep` in `s`, or -1 (an empty `sep` is found at 0).
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return 0;
    }
    if sep.len() > s.len() {
        return -1;
    }
    let first = sep[0];
    let last_start = s.len() - sep.len();
    let mut i = 0;
    while i <= last_start {
        match s[i..=last_start].iter().position(|&b| b == first) {
            None => return -1,
            Some(off) => {
                i += off;
                if &s[i..i + sep.len()] == sep {
                    return i as i64;
                }
                i += 1;
            }
        }
    }
    -1
}

/// Last index of `sep` in `s`, or -1 (an empty `sep` is found at len(s)).
pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.len() > s.len() {
        return -1;
    }
    (0..=s.len() - sep.len())
        .rev()
        .find(|&i| &s[i..i + sep.len()] == sep)
        .map_or(-1, |i| i as i64)
}

/// Maps every rune (invalid bytes become U+FFFD, as strings.Map does).
fn case_map(a: &[Value], f: impl Fn(i64) -> i64) -> Outcome {
    let s = bytes(a, 0);
    if s.is_ascii() {
        let mut v = s.to_vec();
        for c in v.iter_mut() {
            *c = f(*c as i64) as u8;
        }
        return ret_str(&v);
    }
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        append_rune(&mut out, f(r as i64));
    }
    ret_str(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search() {
        assert_eq!(index(b"chicken", b"ken"), 4);
        assert_eq!(index(b"chicken", b"dmr"), -1);
        assert_eq!(index(b"aaa", b""), 0);
        assert_eq!(last_index(b"go gopher", b"go"), 3);
        assert_eq!(last_index(b"go", b""), 2);
        assert_eq!(last_index(b"", b"x"), -1);
    }
}
