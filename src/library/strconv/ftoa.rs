//! Float to string, byte-exact with Go's strconv.FormatFloat.
//!
//! Decimal digits come from Rust's float formatting, which is exact: `{:e}`
//! gives the shortest digits that round-trip (what Go's precision -1
//! means) and `{:.N}` / `{:.Ne}` give the correctly rounded digits (ties to
//! even, as Go's decimal rounding). The digits are then laid out by the
//! rules of Go's fmtEFG: the `%e` / `%f` shapes, the `%g` choice between
//! them, two-digit exponents, `+Inf`, `-Inf`, `NaN`. `%b` and `%x` are
//! computed from the bits as Go does.

/// A decimal digit string `0.d1d2d3... × 10^dp` with no leading or trailing
/// zero digits (zero has no digits).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parses the digits of Rust's `{:e}` output (`"1.25e-7"`).
fn from_exp_form(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// Parses the digits of Rust's `{:.N}` output (`"123.4500"`).
fn from_fixed_form(s: &str) -> Digits {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i32;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// Appends `f` formatted as Go's `strconv.AppendFloat(dst, f, fmt, prec,
/// bits)` does. `bits` is 32 or 64; for 32, `f` must already be a float32
/// value.
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bits: u32) {
    if f.is_nan() {
        dst.extend_from_slice(b"NaN");
        return;
    }
    if f.is_infinite() {
        dst.extend_from_slice(if f < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = f.is_sign_negative();
    match fmt {
        b'b' => return fmt_b(dst, neg, f, bits),
        b'x' | b'X' => return fmt_x(dst, prec, fmt, neg, f, bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            dst.push(b'%');
            dst.push(fmt);
            return;
        }
    }
    let a = f.abs();
    if prec < 0 {
        let s = if bits == 32 {
            format!("{:e}", a as f32)
        } else {
            format!("{a:e}")
        };
        let digs = from_exp_form(&s);
        let nd = digs.d.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            _ => nd,
        };
        return fmt_efg(dst, neg, &digs, prec, fmt, true);
    }
    let mut prec = prec;
    let digs = match fmt {
        b'e' | b'E' => from_exp_form(&format!("{:.*e}", prec as usize, a)),
        b'f' => from_fixed_form(&format!("{:.*}", prec as usize, a)),
        _ => {
            if prec == 0 {
                prec = 1;
            }
            from_exp_form(&format!("{:.*e}", (prec - 1) as usize, a))
        }
    };
    fmt_efg(dst, neg, &digs, prec, fmt, false)
}

/// Go's fmtEFG: lays out digits as `%e`, `%f`, or `%g`'s choice of the two.
fn fmt_efg(dst: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32, fmt: u8, shortest: bool) {
    let (s, dp, nd) = (&digs.d, digs.dp, digs.d.len() as i32);
    let (mut prec, mut fmt) = (prec, fmt);
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        dst.push(b'-');
    }
    if fmt == b'e' || fmt == b'E' {
        dst.push(if nd != 0 { s[0] } else { b'0' });
        if prec > 0 {
            dst.push(b'.');
            let mut i = 1;
            let m = nd.min(prec + 1);
            if i < m {
                dst.extend_from_slice(&s[1..m as usize]);
                i = m;
            }
            for _ in i..prec + 1 {
                dst.push(b'0');
            }
        }
        dst.push(fmt);
        let mut exp = if nd == 0 { 0 } else { dp - 1 };
        if exp < 0 {
            dst.push(b'-');
            exp = -exp;
        } else {
            dst.push(b'+');
        }
        if exp < 10 {
            dst.push(b'0');
        }
        dst.extend_from_slice(exp.to_string().as_bytes());
        return;
    }
    // %f
    if dp > 0 {
        let m = nd.min(dp);
        dst.extend_from_slice(&s[..m as usize]);
        for _ in m..dp {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        let lz = prec.min((-dp).max(0));
        let off = dp + lz;
        let m = (prec - lz).min((nd - off).max(0));
        let tz = (prec - lz - m).max(0);
        for _ in 0..lz {
            dst.push(b'0');
        }
        for i in 0..m {
            dst.push(s[(off + i) as usize]);
        }
        for _ in 0..tz {
            dst.push(b'0');
        }
    }
}

/// Mantissa (with the implicit bit), unbiased exponent and mantissa width.
fn decompose(f: f64, bits: u32) -> (u64, i32, i32) {
    let (b, exp_bits, mant_bits, bias) = if bits == 32 {
        ((f as f32).to_bits() as u64, 8, 23, -127)
    } else {
        (f.to_bits(), 11, 52, -1023)
    };
    let mut exp = ((b >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = b & ((1u64 << mant_bits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    (mant, exp + bias, mant_bits)
}

/// `%b`: -ddddp±ddd.
fn fmt_b(dst: &mut Vec<u8>, neg: bool, f: f64, bits: u32) {
    let (mant, exp, mant_bits) = decompose(f, bits);
    if neg {
        dst.push(b'-');
    }
    let exp = exp - mant_bits;
    dst.extend_from_slice(format!("{mant}p{}{exp}", if exp >= 0 { "+" } else { "" }).as_bytes());
}

/// `%x`: -0x1.yyyyp±dd (hex mantissa, binary exponent).
fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, f: f64, bits: u32) {
    let (mut mant, mut exp, mant_bits) = decompose(f, bits);
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// `strconv.FormatFloat`.
pub fn format_float(f: f64, fmt: u8, prec: i32, bits: u32) -> String {
    let mut v = Vec::new();
    append_float(&mut v, f, fmt, prec, bits);
    String::from_utf8(v).unwrap_or_default()
}
