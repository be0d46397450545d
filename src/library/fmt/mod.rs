//! Package fmt's formatting engine, byte-exact with Go: Sprint, Sprintln,
//! Sprintf and Errorf's `%w` scan. [`format`](mod@format) is Go's format.go (flags,
//! padding, number layouts), [`print`](mod@print) is print.go's operand printer; this
//! module holds the three entry points and the format-string parser
//! (doPrintf), including Go's texts for bad calls: `%!d(string=hi)`,
//! `%!(EXTRA int=3)`, `%!d(MISSING)`, `%!(NOVERB)`, `%!(BADWIDTH)`,
//! `%!(BADPREC)`, `%!d(BADINDEX)`.
//!
//! Everything is testable without the interpreter: the engine needs only a
//! [`Host`] (type table + method calls), which tests provide by hand.
//! Not supported: the Formatter interface (a user `Format` method is not
//! called) and complex numbers (gorun has none).

pub mod format;
pub mod print;

use crate::check::types::{BasicKind, TypeKind};
use crate::library::abi::{dyn_type, GoPanic, Host};
use crate::library::utf8::decode_rune;
use crate::value::Value;
use print::Printer;

/// The result of one formatting call: the bytes, or a panic that escaped a
/// String/Error method while fmt was already reporting a panic (Go
/// re-panics then).
pub type FmtResult = Result<Vec<u8>, GoPanic>;

fn finish(p: Printer) -> FmtResult {
    match p.repanic {
        Some(v) => Err(v),
        None => Ok(p.fmt.buf),
    }
}

/// Whether an operand is a string (Print puts no space next to strings).
fn is_string(host: &dyn Host, arg: &Value) -> bool {
    match dyn_type(arg) {
        Some((ty, _)) => matches!(
            host.types().under(ty),
            TypeKind::Basic(BasicKind::String | BasicKind::UntypedString)
        ),
        None => false,
    }
}

/// fmt.Sprint: operands in their default format, a space between two
/// operands when neither is a string.
pub fn sprint(host: &mut dyn Host, args: &[Value]) -> FmtResult {
    let mut p = Printer::new(host);
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_str = is_string(p.host, arg);
        if i > 0 && !is_str && !prev_string {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_str;
    }
    finish(p)
}

/// fmt.Sprintln: operands separated by spaces, then a newline.
pub fn sprintln(host: &mut dyn Host, args: &[Value]) -> FmtResult {
    let mut p = Printer::new(host);
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
    }
    p.fmt.buf.push(b'\n');
    finish(p)
}

/// fmt.Sprintf.
pub fn sprintf(host: &mut dyn Host, format: &[u8], args: &[Value]) -> FmtResult {
    let mut p = Printer::new(host);
    do_printf(&mut p, format, args, &mut Vec::new());
    finish(p)
}

/// fmt.Errorf's formatting: the text and, in order met, the operand index
/// of every `%w` verb (Go's `wrappedErrs`).
pub fn errorf(
    host: &mut dyn Host,
    format: &[u8],
    args: &[Value],
) -> Result<(Vec<u8>, Vec<usize>), GoPanic> {
    let mut p = Printer::new(host);
    p.wrap_errs = true;
    let mut wrapped = Vec::new();
    do_printf(&mut p, format, args, &mut wrapped);
    finish(p).map(|b| (b, wrapped))
}

/// Width and precision larger than this are treated as absent (Go's
/// tooLarge: a guard against absurd allocations).
const MAX_NUM: i64 = 1_000_000;

/// Parses a decimal number at `s[start..]`: (value, present, next index).
fn parsenum(s: &[u8], start: usize) -> (i64, bool, usize) {
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < s.len() && s[i].is_ascii_digit() {
        if !(-MAX_NUM..=MAX_NUM).contains(&num) {
            return (0, false, s.len());
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// The integer value of operand `arg` for a `*` width or precision.
fn int_from_arg(host: &dyn Host, args: &[Value], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= args.len() {
        return (0, false, arg_num);
    }
    let mut res = (0, false);
    if let Some((ty, v)) = dyn_type(&args[arg_num]) {
        if let Some(k) = host.types().basic_kind(ty) {
            if k.is_integer() && !k.is_untyped()
                || matches!(k, BasicKind::UntypedInt | BasicKind::UntypedRune)
            {
                let n = v.as_int();
                if !k.is_unsigned() || n >= 0 {
                    res = (n, true);
                }
            }
        }
    }
    if res.0 > MAX_NUM || res.0 < -MAX_NUM {
        res = (0, false);
    }
    (res.0, res.1, arg_num + 1)
}

/// Parses `[n]` at `s[0]`: (index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (w, ok, newi) = parsenum(s, 1);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (w - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Go's doPrintf state besides the printer.
struct ArgState {
    arg_num: usize,
    reordered: bool,
    good_arg_num: bool,
}

impl ArgState {
    /// An explicit `[n]` index at `format[i]`: (new arg_num, new i, found).
    fn arg_number(&mut self, format: &[u8], i: usize, nargs: usize) -> (usize, bool) {
        if i >= format.len() || format[i] != b'[' {
            return (i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < nargs {
            self.arg_num = index as usize;
            return (i + wid, true);
        }
        self.good_arg_num = false;
        (i + wid, ok)
    }
}

fn do_printf(p: &mut Printer, format: &[u8], args: &[Value], wrapped: &mut Vec<usize>) {
    let end = format.len();
    let mut st = ArgState {
        arg_num: 0,
        reordered: false,
        good_arg_num: true,
    };
    let mut i = 0;
    'format: while i < end {
        st.good_arg_num = true;
        let lasti = i;
        while i < end && format[i] != b'%' {
            i += 1;
        }
        if i > lasti {
            p.fmt.buf.extend_from_slice(&format[lasti..i]);
        }
        if i >= end {
            break;
        }
        i += 1; // skip %
        p.fmt.clear_flags();
        // Flags, with the fast path for a simple lower-case verb.
        while i < end {
            let c = format[i];
            match c {
                b'#' => p.fmt.f.sharp = true,
                b'0' => p.fmt.f.zero = true,
                b'+' => p.fmt.f.plus = true,
                b'-' => p.fmt.f.minus = true,
                b' ' => p.fmt.f.space = true,
                _ => {
                    if c.is_ascii_lowercase() && st.arg_num < args.len() {
                        if c == b'w' {
                            wrapped.push(st.arg_num);
                        }
                        if c == b'v' || c == b'w' {
                            p.fmt.f.sharp_v = p.fmt.f.sharp;
                            p.fmt.f.sharp = false;
                            p.fmt.f.plus_v = p.fmt.f.plus;
                            p.fmt.f.plus = false;
                        }
                        p.print_arg(&args[st.arg_num], c as char);
                        st.arg_num += 1;
                        i += 1;
                        continue 'format;
                    }
                    break;
                }
            }
            i += 1;
        }
        // Argument index, width.
        let (ni, mut after_index) = st.arg_number(format, i, args.len());
        i = ni;
        if i < end && format[i] == b'*' {
            i += 1;
            let (w, ok, n) = int_from_arg(p.host, args, st.arg_num);
            p.fmt.wid = w;
            p.fmt.f.wid_present = ok;
            st.arg_num = n;
            if !ok {
                p.fmt.buf.extend_from_slice(b"%!(BADWIDTH)");
            }
            if p.fmt.wid < 0 {
                p.fmt.wid = -p.fmt.wid;
                p.fmt.f.minus = true;
                p.fmt.f.zero = false;
            }
            after_index = false;
        } else {
            let (w, ok, ni) = parsenum(format, i);
            p.fmt.wid = w;
            p.fmt.f.wid_present = ok;
            i = ni;
            if after_index && ok {
                st.good_arg_num = false;
            }
        }
        // Precision.
        if i + 1 < end && format[i] == b'.' {
            i += 1;
            if after_index {
                st.good_arg_num = false;
            }
            let (ni, ai) = st.arg_number(format, i, args.len());
            i = ni;
            after_index = ai;
            if i < end && format[i] == b'*' {
                i += 1;
                let (pr, ok, n) = int_from_arg(p.host, args, st.arg_num);
                p.fmt.prec = pr;
                p.fmt.f.prec_present = ok;
                st.arg_num = n;
                if p.fmt.prec < 0 {
                    p.fmt.prec = 0;
                    p.fmt.f.prec_present = false;
                }
                if !p.fmt.f.prec_present {
                    p.fmt.buf.extend_from_slice(b"%!(BADPREC)");
                }
                after_index = false;
            } else {
                let (pr, ok, ni) = parsenum(format, i);
                p.fmt.prec = pr;
                p.fmt.f.prec_present = ok;
                i = ni;
                if !ok {
                    p.fmt.prec = 0;
                    p.fmt.f.prec_present = true;
                }
            }
        }
        if !after_index {
            let (ni, _) = st.arg_number(format, i, args.len());
            i = ni;
        }
        if i >= end {
            p.fmt.buf.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let (r, size) = decode_rune(&format[i..]);
        let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
        i += size.max(1);
        if verb == '%' {
            p.fmt.buf.push(b'%');
        } else if !st.good_arg_num {
            bad_arg_text(p, verb, "(BADINDEX)");
        } else if st.arg_num >= args.len() {
            bad_arg_text(p, verb, "(MISSING)");
        } else {
            if verb == 'w' {
                wrapped.push(st.arg_num);
            }
            if verb == 'v' || verb == 'w' {
                p.fmt.f.sharp_v = p.fmt.f.sharp;
                p.fmt.f.sharp = false;
                p.fmt.f.plus_v = p.fmt.f.plus;
                p.fmt.f.plus = false;
            }
            p.print_arg(&args[st.arg_num], verb);
            st.arg_num += 1;
        }
    }
    if !st.reordered && st.arg_num < args.len() {
        p.fmt.clear_flags();
        p.fmt.buf.extend_from_slice(b"%!(EXTRA ");
        for (k, arg) in args[st.arg_num..].iter().enumerate() {
            if k > 0 {
                p.fmt.buf.extend_from_slice(b", ");
            }
            match dyn_type(arg) {
                None => p.fmt.buf.extend_from_slice(b"<nil>"),
                Some((ty, _)) => {
                    let s = p.host.types().type_string(ty);
                    p.fmt.buf.extend_from_slice(s.as_bytes());
                    p.fmt.buf.push(b'=');
                    p.print_arg(arg, 'v');
                }
            }
        }
        p.fmt.buf.push(b')');
    }
}

/// `%!v(MISSING)` and `%!v(BADINDEX)`.
fn bad_arg_text(p: &mut Printer, verb: char, what: &str) {
    p.fmt.buf.extend_from_slice(b"%!");
    let mut b = [0u8; 4];
    p.fmt
        .buf
        .extend_from_slice(verb.encode_utf8(&mut b).as_bytes());
    p.fmt.buf.extend_from_slice(what.as_bytes());
}
