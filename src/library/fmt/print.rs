//! The printer (Go's fmt/print.go `pp`): prints one operand for one verb,
//! honouring Error/String/GoString methods and walking composite values
//! the way Go's reflection-based printValue does.
//!
//! Operands are `(TypeId, Value)` pairs: the dynamic type from the
//! interface the operand arrived in, and the value. Composite values are
//! walked with the type table; methods are called through the [`Host`].
//! A value reached through an unexported struct field is read-only (Go's
//! `CanInterface` is false): its methods are not called, as in Go.

use super::format::{Fmt, LDIGITS, UDIGITS};
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::library::abi::{dyn_type, GoPanic, Host};
use crate::library::unicode::{in_ranges, tables};
use crate::library::utf8::decode_rune;
use crate::value::Value;
use std::cmp::Ordering;

/// One formatting call's state (Go's `pp`).
pub struct Printer<'h> {
    pub fmt: Fmt,
    pub host: &'h mut dyn Host,
    /// Printing a bad verb's operand: methods are not called.
    erroring: bool,
    /// Printing a method's panic value: a nested panic propagates.
    panicking: bool,
    /// A panic to re-raise once the call returns (a nested panic).
    pub repanic: Option<GoPanic>,
    /// `%w` is accepted (Errorf).
    pub wrap_errs: bool,
}

/// The shape of a type's underlying type, as reflect.Kind tells it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Bool,
    Int,
    Uint,
    Float(u32),
    /// complex64 (64) or complex128 (128).
    Complex(u32),
    String,
    Slice(TypeId),
    Array(TypeId),
    Map(TypeId, TypeId),
    Struct,
    Pointer(TypeId),
    Chan,
    Func,
    Interface,
    Invalid,
}

impl<'h> Printer<'h> {
    pub fn new(host: &'h mut dyn Host) -> Printer<'h> {
        Printer {
            fmt: Fmt::default(),
            host,
            erroring: false,
            panicking: false,
            repanic: None,
            wrap_errs: false,
        }
    }

    fn kind(&self, ty: TypeId) -> Kind {
        let types = self.host.types();
        match types.under(ty) {
            TypeKind::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => Kind::Bool,
                BasicKind::String | BasicKind::UntypedString => Kind::String,
                BasicKind::Float32 => Kind::Float(32),
                BasicKind::Float64 | BasicKind::UntypedFloat => Kind::Float(64),
                BasicKind::Complex64 => Kind::Complex(64),
                BasicKind::Complex128 | BasicKind::UntypedComplex => Kind::Complex(128),
                k if k.is_unsigned() => Kind::Uint,
                k if k.is_integer() => Kind::Int,
                _ => Kind::Invalid,
            },
            TypeKind::Slice(e) => Kind::Slice(*e),
            TypeKind::Array(_, e) => Kind::Array(*e),
            TypeKind::Map(k, v) => Kind::Map(*k, *v),
            TypeKind::Struct(_) => Kind::Struct,
            TypeKind::Pointer(e) => Kind::Pointer(*e),
            TypeKind::Chan(..) => Kind::Chan,
            TypeKind::Func(_) => Kind::Func,
            TypeKind::Interface(_) => Kind::Interface,
            _ => Kind::Invalid,
        }
    }

    fn type_string(&self, ty: TypeId) -> String {
        self.host.types().type_string(ty)
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn write_rune(&mut self, r: char) {
        let mut b = [0u8; 4];
        self.fmt
            .buf
            .extend_from_slice(r.encode_utf8(&mut b).as_bytes());
    }

    /// `%!verb(type=value)`.
    fn bad_verb(&mut self, arg: Option<(TypeId, &Value)>, verb: char) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match arg {
            Some((ty, v)) => {
                let s = self.type_string(ty);
                self.write(s.as_bytes());
                self.write(b"=");
                self.print_arg_typed(ty, v, 'v');
            }
            None => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    /// Prints an operand of static type `any` (an interface value or nil).
    pub fn print_arg(&mut self, arg: &Value, verb: char) {
        match dyn_type(arg) {
            None => match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            },
            Some((ty, v)) => {
                let v = v.clone();
                self.print_arg_typed(ty, &v, verb)
            }
        }
    }

    /// printArg for a non-nil operand of dynamic type `ty`.
    pub fn print_arg_typed(&mut self, ty: TypeId, v: &Value, verb: char) {
        match verb {
            'T' => {
                let s = self.type_string(ty);
                self.fmt.fmt_s(s.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(ty, v, 'p');
                return;
            }
            _ => {}
        }
        let types = self.host.types();
        // Go's fast path: the predeclared types (and unnamed []byte) have
        // no methods.
        let predeclared = matches!(types.kind(ty), TypeKind::Basic(_));
        let is_bytes = matches!(types.kind(ty), TypeKind::Slice(e)
            if *e == types.basic(BasicKind::Uint8));
        if is_bytes {
            let b = slice_bytes(v);
            self.fmt_bytes(&b, verb, "[]byte", ty, v);
            return;
        }
        if predeclared || !self.handle_methods(ty, v, verb) {
            self.print_value(Some(ty), v, verb, 0, false);
        }
    }

    /// Calls Error/String/GoString when the operand has them and the verb
    /// wants a string; true if it printed.
    fn handle_methods(&mut self, ty: TypeId, v: &Value, verb: char) -> bool {
        if self.erroring || self.repanic.is_some() {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !self.host.has_method(ty, "Error") || !self.wrap_errs {
                self.bad_verb(Some((ty, v)), verb);
                return true;
            }
            verb = 'v';
        }
        let method = if self.fmt.f.sharp_v {
            if !self.host.has_method(ty, "GoString") {
                return false;
            }
            "GoString"
        } else {
            if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                return false;
            }
            if self.host.has_method(ty, "Error") {
                "Error"
            } else if self.host.has_method(ty, "String") {
                "String"
            } else {
                return false;
            }
        };
        match self.host.call_method(ty, v, method, Vec::new()) {
            Some(Ok(res)) => {
                let s = res.first().cloned().unwrap_or_default();
                if method == "GoString" {
                    self.fmt.fmt_s(s.as_bytes());
                } else {
                    self.fmt_string(s.as_bytes(), verb, None);
                }
            }
            Some(Err(panic)) => self.catch_panic(ty, v, verb, method, panic),
            None => return false,
        }
        true
    }

    /// A method called by fmt panicked: `%!v(PANIC=String method: msg)`,
    /// or `<nil>` for a nil pointer receiver.
    fn catch_panic(&mut self, ty: TypeId, v: &Value, verb: char, method: &str, panic: GoPanic) {
        if matches!(self.kind(ty), Kind::Pointer(_)) && v.is_nil() {
            self.write(b"<nil>");
            return;
        }
        if self.panicking {
            self.repanic = Some(panic);
            return;
        }
        let (old_flags, old_wid, old_prec) = (self.fmt.f, self.fmt.wid, self.fmt.prec);
        self.fmt.clear_flags();
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(method.as_bytes());
        self.write(b" method: ");
        self.panicking = true;
        self.print_arg(&panic, 'v');
        self.panicking = false;
        self.write(b")");
        self.fmt.f = old_flags;
        self.fmt.wid = old_wid;
        self.fmt.prec = old_prec;
    }

    fn fmt_bool(&mut self, ty: TypeId, v: &Value, verb: char) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(v.as_bool()),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    /// `0x`-prefixed (or not) lower-case hex of `u`.
    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(u, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, ty: TypeId, v: &Value, u: u64, signed: bool, verb: char) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(u, true);
                } else {
                    self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(u),
            'q' => self.fmt.fmt_qc(u),
            'U' => self.fmt.fmt_unicode(u),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    fn fmt_float(&mut self, ty: TypeId, v: &Value, size: u32, verb: char) {
        let f = v.as_float();
        match verb {
            'v' => self.fmt.fmt_float(f, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(f, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(f, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(f, size, b'f', 6),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    /// `(re+imi)`: each part as its float verb, the imaginary part always
    /// signed (fmt's fmtComplex).
    fn fmt_complex(&mut self, ty: TypeId, v: &Value, size: u32, verb: char) {
        if !"vbgGxXfFeE".contains(verb) {
            return self.bad_verb(Some((ty, v)), verb);
        }
        let (re, im) = v.as_complex();
        let old_plus = self.fmt.f.plus;
        self.write(b"(");
        self.fmt_float(ty, &Value::Float(re), size / 2, verb);
        self.fmt.f.plus = true;
        self.fmt_float(ty, &Value::Float(im), size / 2, verb);
        self.write(b"i)");
        self.fmt.f.plus = old_plus;
    }

    /// Formats string `s`; `arg` is the operand for a bad-verb report
    /// (None when `s` came from a method, which Go reports the same way
    /// through the original operand: callers pass it where they have it).
    fn fmt_string(&mut self, s: &[u8], verb: char, arg: Option<(TypeId, &Value)>) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s);
                } else {
                    self.fmt.fmt_s(s);
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => match arg {
                Some(a) => self.bad_verb(Some(a), verb),
                None => {
                    let v = Value::bytes(s);
                    self.bad_verb(Some((TypeId(BasicKind::String as u32), &v)), verb)
                }
            },
        }
    }

    fn fmt_bytes(&mut self, b: &[u8], verb: char, type_string: &str, ty: TypeId, v: &Value) {
        match verb {
            'v' | 'd' => {
                if self.fmt.f.sharp_v {
                    self.write(type_string.as_bytes());
                    if v.is_nil() {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.fmt.fmt_integer(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.write(b"]");
                }
            }
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, UDIGITS),
            'q' => self.fmt.fmt_q(b),
            _ => self.print_value(Some(ty), v, verb, 0, false),
        }
    }

    /// `%p` and pointer-like values under other verbs.
    fn fmt_pointer(&mut self, ty: TypeId, v: &Value, verb: char) {
        let u = match self.kind(ty) {
            Kind::Chan | Kind::Func | Kind::Map(..) | Kind::Pointer(_) | Kind::Slice(_) => {
                address(v) as u64
            }
            _ => {
                self.bad_verb(Some((ty, v)), verb);
                return;
            }
        };
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write(b"(");
                    let s = self.type_string(ty);
                    self.write(s.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = !self.fmt.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.fmt.f.sharp;
                self.fmt_0x64(u, sharp)
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(ty, v, u, false, verb),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    /// Go's printValue. `ty` is None for an invalid value (nil interface
    /// reached inside a composite); `ro` marks values reached through
    /// unexported fields (their methods are not called).
    pub fn print_value(&mut self, ty: Option<TypeId>, v: &Value, verb: char, depth: u32, ro: bool) {
        let Some(ty) = ty else {
            if depth == 0 {
                self.write(b"<invalid reflect.Value>");
            } else if verb == 'v' {
                self.write(b"<nil>");
            } else {
                self.bad_verb(None, verb);
            }
            return;
        };
        if depth > 0 && !ro && self.handle_methods(ty, v, verb) {
            return;
        }
        if depth > 64 {
            // A cycle through pointers cannot recurse (pointers below depth
            // 0 print as addresses), but deep nesting still must not
            // exhaust the Rust stack.
            self.write(b"...");
            return;
        }
        match self.kind(ty) {
            Kind::Invalid => self.write(b"?"),
            Kind::Bool => self.fmt_bool(ty, v, verb),
            Kind::Int => self.fmt_integer(ty, v, v.as_int() as u64, true, verb),
            Kind::Uint => self.fmt_integer(ty, v, v.as_int() as u64, false, verb),
            Kind::Float(size) => self.fmt_float(ty, v, size, verb),
            Kind::Complex(size) => self.fmt_complex(ty, v, size, verb),
            Kind::String => self.fmt_string(v.as_bytes(), verb, Some((ty, v))),
            Kind::Map(kt, vt) => self.print_map(ty, kt, vt, v, verb, depth, ro),
            Kind::Struct => self.print_struct(ty, v, verb, depth, ro),
            Kind::Interface => match dyn_type(v) {
                None => {
                    if self.fmt.f.sharp_v {
                        let s = self.type_string(ty);
                        self.write(s.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(b"<nil>");
                    }
                }
                Some((dt, dv)) => {
                    let dv = dv.clone();
                    self.print_value(Some(dt), &dv, verb, depth + 1, ro)
                }
            },
            Kind::Array(e) | Kind::Slice(e) => self.print_list(ty, e, v, verb, depth, ro),
            Kind::Pointer(e) => {
                if depth == 0 {
                    if let Value::Pointer(p) = v {
                        if matches!(
                            self.kind(e),
                            Kind::Array(_) | Kind::Slice(_) | Kind::Struct | Kind::Map(..)
                        ) {
                            self.write(b"&");
                            let target = p.load();
                            self.print_value(Some(e), &target, verb, depth + 1, ro);
                            return;
                        }
                    }
                }
                self.fmt_pointer(ty, v, verb)
            }
            Kind::Chan | Kind::Func => self.fmt_pointer(ty, v, verb),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(
        &mut self,
        ty: TypeId,
        kt: TypeId,
        vt: TypeId,
        v: &Value,
        verb: char,
        depth: u32,
        ro: bool,
    ) {
        if self.fmt.f.sharp_v {
            let s = self.type_string(ty);
            self.write(s.as_bytes());
            if v.is_nil() {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
        } else {
            self.write(b"map[");
        }
        let mut entries: Vec<(Value, Value)> = match v {
            Value::Map(m) => m
                .lock()
                .entries
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect(),
            _ => Vec::new(),
        };
        entries.sort_by(|a, b| self.compare(kt, &a.0, &b.0));
        for (i, (k, val)) in entries.iter().enumerate() {
            if i > 0 {
                self.write(if self.fmt.f.sharp_v { b", " } else { b" " });
            }
            self.print_value(Some(kt), k, verb, depth + 1, ro);
            self.write(b":");
            self.print_value(Some(vt), val, verb, depth + 1, ro);
        }
        self.write(if self.fmt.f.sharp_v { b"}" } else { b"]" });
    }

    fn print_struct(&mut self, ty: TypeId, v: &Value, verb: char, depth: u32, ro: bool) {
        if self.fmt.f.sharp_v {
            let s = self.type_string(ty);
            self.write(s.as_bytes());
        }
        self.write(b"{");
        let fields: Vec<(String, TypeId)> = self
            .host
            .types()
            .struct_fields(ty)
            .iter()
            .map(|f| (f.name.to_string(), f.ty))
            .collect();
        let values = v.fields().cloned().unwrap_or_default();
        for (i, (name, fty)) in fields.iter().enumerate() {
            if i > 0 {
                self.write(if self.fmt.f.sharp_v { b", " } else { b" " });
            }
            if (self.fmt.f.plus_v || self.fmt.f.sharp_v) && !name.is_empty() {
                self.write(name.as_bytes());
                self.write(b":");
            }
            let fro = ro || !is_exported(name);
            let fv = values.get(i).cloned().unwrap_or_default();
            // getField: a non-nil interface field prints as its dynamic value.
            match (self.kind(*fty), dyn_type(&fv)) {
                (Kind::Interface, Some((dt, dv))) => {
                    let dv = dv.clone();
                    self.print_value(Some(dt), &dv, verb, depth + 1, fro)
                }
                _ => self.print_value(Some(*fty), &fv, verb, depth + 1, fro),
            }
        }
        self.write(b"}");
    }

    fn print_list(
        &mut self,
        ty: TypeId,
        elem: TypeId,
        v: &Value,
        verb: char,
        depth: u32,
        ro: bool,
    ) {
        let elems: Vec<Value> = match v {
            Value::Slice(s) => s.to_vec(),
            Value::Array(a) => a.to_vec(),
            // A []byte the interpreter kept as its string bytes.
            Value::Str(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
            _ => Vec::new(),
        };
        if matches!(verb, 's' | 'q' | 'x' | 'X')
            && self.host.types().basic_kind(elem) == Some(BasicKind::Uint8)
        {
            let bytes: Vec<u8> = elems.iter().map(|e| e.as_int() as u8).collect();
            let ts = self.type_string(ty);
            self.fmt_bytes(&bytes, verb, &ts, ty, v);
            return;
        }
        if self.fmt.f.sharp_v {
            let s = self.type_string(ty);
            self.write(s.as_bytes());
            if matches!(self.kind(ty), Kind::Slice(_)) && v.is_nil() {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                self.print_value(Some(elem), e, verb, depth + 1, ro);
            }
            self.write(b"}");
        } else {
            self.write(b"[");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.write(b" ");
                }
                self.print_value(Some(elem), e, verb, depth + 1, ro);
            }
            self.write(b"]");
        }
    }

    /// internal/fmtsort's compare: the order maps print in.
    fn compare(&self, ty: TypeId, a: &Value, b: &Value) -> Ordering {
        match self.kind(ty) {
            Kind::Int | Kind::Bool => a.as_int().cmp(&b.as_int()),
            Kind::Uint => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
            Kind::String => a.as_bytes().cmp(b.as_bytes()),
            Kind::Float(_) => float_order(a.as_float(), b.as_float()),
            Kind::Complex(_) => {
                let ((ar, ai), (br, bi)) = (a.as_complex(), b.as_complex());
                float_order(ar, br).then(float_order(ai, bi))
            }
            Kind::Pointer(_) | Kind::Chan => address(a).cmp(&address(b)),
            Kind::Struct => {
                let ftys: Vec<TypeId> = self
                    .host
                    .types()
                    .struct_fields(ty)
                    .iter()
                    .map(|f| f.ty)
                    .collect();
                let (fa, fb) = (a.fields(), b.fields());
                for (i, ft) in ftys.iter().enumerate() {
                    let x = fa.and_then(|f| f.get(i)).cloned().unwrap_or_default();
                    let y = fb.and_then(|f| f.get(i)).cloned().unwrap_or_default();
                    let c = self.compare(*ft, &x, &y);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Kind::Array(e) => {
                let (fa, fb) = (a.fields(), b.fields());
                let n = fa.map_or(0, |f| f.len());
                for i in 0..n {
                    let x = fa.and_then(|f| f.get(i)).cloned().unwrap_or_default();
                    let y = fb.and_then(|f| f.get(i)).cloned().unwrap_or_default();
                    let c = self.compare(e, &x, &y);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Kind::Interface => match (dyn_type(a), dyn_type(b)) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some((ta, va)), Some((tb, vb))) => {
                    // Go orders different dynamic types by their runtime
                    // type descriptors' addresses; gorun by type id.
                    ta.cmp(&tb).then_with(|| self.compare(ta, va, vb))
                }
            },
            _ => Ordering::Equal,
        }
    }
}

/// The bytes of a `[]byte` value.
pub fn slice_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(s) => s.to_vec().iter().map(|e| e.as_int() as u8).collect(),
        Value::Array(a) => a.iter().map(|e| e.as_int() as u8).collect(),
        Value::Str(b) => b.to_vec(),
        _ => Vec::new(),
    }
}

/// A number standing for the address of a pointer-like value (0 for nil).
pub fn address(v: &Value) -> usize {
    match v {
        Value::Pointer(p) => p.addr(),
        Value::Map(m) => std::sync::Arc::as_ptr(m) as *const u8 as usize,
        Value::Slice(s) => {
            std::sync::Arc::as_ptr(&s.arr) as *const u8 as usize + 8 * s.off as usize
        }
        Value::Chan(c) | Value::Native(c) => std::sync::Arc::as_ptr(c) as *const u8 as usize,
        Value::Func(f) => std::sync::Arc::as_ptr(f) as *const u8 as usize,
        _ => 0,
    }
}

/// Whether a field name is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    let (r, _) = decode_rune(name.as_bytes());
    in_ranges(tables::UPPER, r as i64)
}

/// fmtsort's float order: NaN first, then by value.
fn float_order(x: f64, y: f64) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}
