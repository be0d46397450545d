//! The raw formatter (Go's fmt/format.go): flags, width and precision, and
//! the padding and number/string layouts every verb ends in. It knows
//! bytes and numbers only; [`super::print`] decides what to call.

use crate::library::strconv::ftoa::append_float;
use crate::library::strconv::quote::{append_quoted, append_quoted_rune, can_backquote};
use crate::library::utf8::{append_rune, decode_rune, rune_count, RUNE_ERROR};

pub const LDIGITS: &[u8] = b"0123456789abcdefx";
pub const UDIGITS: &[u8] = b"0123456789ABCDEFX";

/// The flags of one verb (cleared before each verb).
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: struct field names (plus is then cleared).
    pub plus_v: bool,
    /// `%#v`: Go syntax (sharp is then cleared).
    pub sharp_v: bool,
}

/// A verb's flags, width and precision, writing into `buf`.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
    pub wid: i64,
    pub prec: i64,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    /// Appends n bytes of padding (zeros only when padding on the left).
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let c = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.extend(std::iter::repeat_n(c, n as usize));
    }

    /// Appends `b` padded to the width (counted in runes).
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: "U+0078", with `#` "U+0078 'x'".
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut hex = Vec::new();
        let mut x = u;
        loop {
            hex.push(UDIGITS[(x & 0xF) as usize]);
            x >>= 4;
            if x == 0 {
                break;
            }
        }
        while (hex.len() as i64) < prec {
            hex.push(b'0');
        }
        let mut out = b"U+".to_vec();
        out.extend(hex.iter().rev());
        if self.f.sharp && u <= 0x10FFFF && crate::library::unicode::is_print(u as i64) {
            out.extend_from_slice(b" '");
            append_rune(&mut out, u as i64);
            out.push(b'\'');
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Formats an integer (the bit pattern `u`, negative when `signed` and
    /// the top bit is set) in `base` with Go's flag rules.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Digits, least significant first.
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        let b = base as u64;
        loop {
            rev.push(digits[(u % b) as usize]);
            u /= b;
            if u == 0 {
                break;
            }
        }
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old_zero;
    }

    /// `s` cut to the precision (in runes), if one is present.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += decode_rune(&s[i..]).1.max(1);
            }
        }
        s
    }

    /// `%s` of a string or byte slice.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x` / `%X` of a string or byte slice: hex of each byte.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(self.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string: a Go string literal (raw with `#` when possible).
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut v = Vec::with_capacity(s.len() + 2);
            v.push(b'`');
            v.extend_from_slice(s);
            v.push(b'`');
            self.pad(&v);
            return;
        }
        let mut v = Vec::with_capacity(s.len() + 2);
        append_quoted(&mut v, s, b'"', self.f.plus, false);
        self.pad(&v);
    }

    /// `%c`: the rune (U+FFFD when not valid).
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF {
            RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut v = Vec::with_capacity(4);
        append_rune(&mut v, r);
        self.pad(&v);
    }

    /// `%q` of an integer: a Go rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF {
            RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut v = Vec::with_capacity(8);
        append_quoted_rune(&mut v, r, self.f.plus, false);
        self.pad(&v);
    }

    /// Formats a float with `verb` (`b e E f g G x X`) and default
    /// precision `prec` (overridden by an explicit one), as fmt.fmtFloat.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        let mut num = vec![b'+'];
        append_float(&mut num, v, verb, prec as i32, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != b'b' {
            self.sharp_float(&mut num, verb, prec);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// The `#` flag on floats: always a decimal point, and trailing zeros
    /// kept for `%g`/`%v`/`%x` up to the precision.
    fn sharp_float(&self, num: &mut Vec<u8>, verb: u8, prec: i64) {
        let mut digits: i64 = match verb {
            b'v' | b'g' | b'G' | b'x' => {
                if prec == -1 {
                    6
                } else {
                    prec
                }
            }
            _ => 0,
        };
        let mut tail: Vec<u8> = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail = num.split_off(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail = num.split_off(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
}
