//! Number and string conversions with Go's exact results, shared by the
//! strconv natives and fmt: [`ftoa`] (FormatFloat), [`quote`] (Quote and
//! friends), [`atoi`] (ParseInt/ParseUint), [`atof`] (ParseFloat), and
//! integer formatting here.
//!
//! Errors are reported as [`NumErr`] codes; std/strconv.go turns them into
//! Go's `*NumError` values (`strconv.Atoi: parsing "x": invalid syntax`), so
//! no Rust code has to build Go error values.

pub mod atof;
pub mod atoi;
pub mod ftoa;
pub mod quote;

/// Why a parse failed (the code a native returns to std/strconv.go).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErr {
    /// `invalid syntax` (ErrSyntax).
    Syntax = 1,
    /// `value out of range` (ErrRange); the value is clamped.
    Range = 2,
    /// `invalid base N`.
    Base = 3,
    /// `invalid bit size N`.
    BitSize = 4,
}

const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Appends `u` in `base` (2..=36, lower-case digits), with a leading `-`
/// when `neg`. Callers check the base.
pub fn append_uint(dst: &mut Vec<u8>, mut u: u64, base: u32, neg: bool) {
    let mut buf = [0u8; 65];
    let mut i = buf.len();
    let b = base as u64;
    loop {
        i -= 1;
        buf[i] = DIGITS[(u % b) as usize];
        u /= b;
        if u == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    dst.extend_from_slice(&buf[i..]);
}

/// Appends `i` in `base` as strconv.AppendInt.
pub fn append_int(dst: &mut Vec<u8>, i: i64, base: u32) {
    append_uint(dst, i.unsigned_abs(), base, i < 0);
}

/// Whether `base` is legal for FormatInt/AppendInt (else Go panics with
/// `strconv: illegal AppendInt/FormatInt base`).
pub fn valid_format_base(base: i64) -> bool {
    (2..=36).contains(&base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_ints() {
        let mut v = Vec::new();
        append_int(&mut v, i64::MIN, 10);
        v.push(b' ');
        append_int(&mut v, -255, 16);
        v.push(b' ');
        append_uint(&mut v, u64::MAX, 36, false);
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "-9223372036854775808 -ff 3w5e11264sgsf"
        );
    }
}
