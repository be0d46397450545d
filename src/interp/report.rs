//! What a dying goroutine prints: Go's `panic: <value>` lines (with
//! ` [recovered]`, ` [recovered, repanicked]` and nested `\tpanic:` lines),
//! the `[signal SIGSEGV ...]` line of nil dereferences, and tracebacks in
//! Go's form (`goroutine 1 [running]:` / `main.f(...)` / `\t/abs/path.go:12 +0x0`).
//! Also the built-in `print`/`println` formatting and the value a recovered
//! run-time error becomes.

use super::exec::GoState;
use super::ir::Program;
use super::ops::RtErr;
use crate::check::types::{BasicKind, TypeKind};
use crate::value::Value;

/// The value `recover()` returns for a run-time error: an error value
/// whose Error() is `msg` (a `runtime.Error` when the library provides
/// its type; a string otherwise).
pub fn runtime_error_value(prog: &Program, msg: &str) -> Value {
    let t = &prog.runtime_errors;
    if msg.starts_with("interface conversion: ") {
        let cell = crate::value::Cell::new(Value::str(msg));
        return Value::iface(
            t.type_assertion,
            Value::Pointer(crate::value::Pointer::Cell(cell)),
        );
    }
    let ty = if msg.starts_with("runtime error: index out of range")
        || msg.starts_with("runtime error: slice bounds out of range")
    {
        t.bounds
    } else if msg.starts_with("runtime error: ") {
        t.error_string
    } else {
        t.plain
    };
    Value::iface(ty, Value::str(msg))
}

/// The Go value a panic carries (for callbacks that propagate it).
pub fn panic_value(prog: &Program, e: &RtErr) -> Value {
    match e {
        RtErr::Value(v) => v.clone(),
        RtErr::Error { msg, .. } => runtime_error_value(prog, msg),
        RtErr::Fatal(m) => Value::str(m),
        RtErr::Goexit => Value::Nil,
    }
}

/// Formats `f` as Go's runtime prints a float of `bits` bits (32 or 64):
/// the shortest representation that reads back as the same float of that
/// size, `e+21` style exponents outside [1e-4, 1e21).
pub fn fmt_float(f: f64, bits: u32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e21).contains(&a) {
        let s = if bits == 32 {
            format!("{:e}", f as f32)
        } else {
            format!("{f:e}")
        };
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    if bits == 32 {
        format!("{}", f as f32)
    } else {
        format!("{f}")
    }
}

/// A complex number of `bits` bits (64 or 128) as Go's runtime prints it
/// (strconv.FormatComplex with 'g', -1): `(1+2i)`, the imaginary part
/// always signed.
pub fn fmt_complex(re: f64, im: f64, bits: u32) -> String {
    let im_text = fmt_float(im, bits / 2);
    let sign = if im_text.starts_with(['+', '-']) {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{im_text}i)", fmt_float(re, bits / 2))
}

/// A number as `print`/`println` and panic reports show it, by its static
/// type's basic kind (float32 and complex64 print at their own precision).
fn fmt_number(v: &Value, kind: Option<BasicKind>) -> Option<String> {
    let narrow = matches!(kind, Some(BasicKind::Float32 | BasicKind::Complex64));
    match v {
        Value::Float(f) => Some(fmt_float(*f, if narrow { 32 } else { 64 })),
        Value::Complex(re, im) => Some(fmt_complex(*re, *im, if narrow { 64 } else { 128 })),
        _ => None,
    }
}

/// Go's printpanicval: how `panic(v)` shows `v` when nobody recovers.
fn panic_val_text(g: &mut GoState, v: &Value) -> String {
    let Value::Iface(i) = v else {
        return "nil".into();
    };
    let prog = g.world.prog.clone();
    for m in ["Error", "String"] {
        if prog.types.methods.contains_key(&(i.ty, m.into())) {
            let mut cx = super::sync::NoSched(g.goid);
            let mut host = super::host::NativeHost { g, cx: &mut cx };
            if let Some(Ok(r)) =
                crate::library::abi::Host::call_method(&mut host, i.ty, v, m, Vec::new())
            {
                if let Some(s) = r.first() {
                    return String::from_utf8_lossy(s.as_bytes()).into_owned();
                }
            }
        }
    }
    let tt = &prog.tt;
    let named = tt.is_named(i.ty);
    let name = prog.types.name(i.ty).to_string();
    let basic = match tt.under(i.ty) {
        TypeKind::Basic(k) => Some(*k),
        _ => None,
    };
    let text = match (basic, &i.val) {
        (Some(BasicKind::String), Value::Str(s)) => String::from_utf8_lossy(s).into_owned(),
        (Some(k), Value::Int(n)) if k.is_unsigned() => (*n as u64 & mask(k.bits())).to_string(),
        (Some(BasicKind::Bool), Value::Bool(b)) => b.to_string(),
        (Some(_), Value::Int(n)) => n.to_string(),
        (Some(k), Value::Float(_) | Value::Complex(..)) => {
            fmt_number(&i.val, Some(k)).unwrap_or_default()
        }
        _ => return format!("({name}) {:#x}", 0x4a_0000 + i.ty.0 as usize * 8),
    };
    if named {
        return match basic {
            Some(BasicKind::String) => format!("{name}(\"{text}\")"),
            // A complex number brings its own parentheses.
            Some(k) if k.is_complex() => format!("{name}{text}"),
            _ => format!("{name}({text})"),
        };
    }
    text
}

fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// The full report of an unrecovered panic.
pub fn panic_report(g: &mut GoState) -> String {
    let panics = std::mem::take(&mut g.panics);
    let mut out = String::new();
    let mut sigsegv = false;
    let n = panics.len();
    for (idx, p) in panics.iter().enumerate() {
        let text = match &p.err {
            RtErr::Value(v) => panic_val_text(g, v),
            RtErr::Error { msg, sigsegv: s } => {
                sigsegv |= *s;
                msg.clone()
            }
            RtErr::Fatal(m) => m.clone(),
            RtErr::Goexit => continue,
        };
        let next_repanics = idx + 1 < n && same_value(&p.err, &panics[idx + 1].err);
        if next_repanics && p.recovered {
            continue;
        }
        out.push_str(if out.is_empty() {
            "panic: "
        } else {
            "\tpanic: "
        });
        out.push_str(&text);
        if idx > 0 && panics[idx - 1].recovered && same_value(&panics[idx - 1].err, &p.err) {
            out.push_str(" [recovered, repanicked]");
        } else if p.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
    }
    if sigsegv {
        out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    out.push('\n');
    let trace = panics.last().map(|p| p.trace.clone()).unwrap_or_default();
    out.push_str(&trace);
    out
}

fn same_value(a: &RtErr, b: &RtErr) -> bool {
    match (a, b) {
        (RtErr::Value(x), RtErr::Value(y)) => x.go_eq(y),
        (RtErr::Error { msg: x, .. }, RtErr::Error { msg: y, .. }) => x == y,
        _ => false,
    }
}

impl GoState {
    /// `goroutine N [state]:` and the frames, innermost first.
    pub fn goroutine_header_trace(&self, state: &str) -> String {
        format!("goroutine {} [{}]:\n{}", self.goid, state, self.traceback())
    }

    /// The frames as Go prints them (without the header).
    pub fn traceback(&self) -> String {
        let prog = &self.world.prog;
        let mut out = String::new();
        for (i, f) in self.frames.iter().enumerate().rev() {
            let func = &prog.funcs[f.func as usize];
            let args = if func.nparams > 0 { "..." } else { "" };
            let span = func.spans.get(f.pc as usize).copied().unwrap_or(func.span);
            let (path, line) = self.world.position(func.file, span.lo);
            out.push_str(&format!(
                "{}({})\n\t{}:{} +0x{:x}\n",
                func.name,
                args,
                path,
                line,
                f.pc * 4
            ));
            if i > 0 && f.deferred {
                out.push_str("panic({0x0?, 0x0?})\n\truntime/panic.go:0 +0x0\n");
            }
            if self.frames.len() - i >= 100 && i > 0 {
                out.push_str("...additional frames elided...\n");
                break;
            }
        }
        if let Some((f, pc, parent)) = self.created_by {
            let func = &prog.funcs[f as usize];
            let span = func.spans.get(pc as usize).copied().unwrap_or(func.span);
            let (path, line) = self.world.position(func.file, span.lo);
            out.push_str(&format!(
                "created by {} in goroutine {parent}\n\t{path}:{line} +0x0\n",
                func.name
            ));
        }
        out
    }
}

/// Built-in `print`/`println` formatting (Go's runtime print).
pub fn print_builtin(out: &mut Vec<u8>, v: &Value, prog: &Program) {
    match v {
        Value::Nil => out.extend_from_slice(b"nil"),
        Value::Bool(b) => out.extend_from_slice(b.to_string().as_bytes()),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(_) | Value::Complex(..) => {
            let text = fmt_number(v, None).unwrap_or_default();
            out.extend_from_slice(text.as_bytes())
        }
        Value::Str(s) => out.extend_from_slice(s),
        Value::Iface(i) => match prog.tt.basic_kind(i.ty) {
            Some(k) if k.is_unsigned() => {
                let m = mask(k.bits());
                out.extend_from_slice((i.val.as_int() as u64 & m).to_string().as_bytes())
            }
            Some(k) => match fmt_number(&i.val, Some(k)) {
                Some(text) => out.extend_from_slice(text.as_bytes()),
                None => print_builtin(out, &i.val, prog),
            },
            None if matches!(
                i.val,
                Value::Pointer(_) | Value::Map(_) | Value::Chan(_) | Value::Func(_)
            ) =>
            {
                out.extend_from_slice(b"0xc000010000")
            }
            None => out.extend_from_slice(
                format!(
                    "({:#x},{:#x})",
                    0x4a_0000 + i.ty.0 as usize * 8,
                    0xc000_0000usize
                )
                .as_bytes(),
            ),
        },
        _ => out.extend_from_slice(b"0xc000010000"),
    }
}
