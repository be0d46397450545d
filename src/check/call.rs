//! Calls: conversions `T(x)`, function and method calls with variadic and
//! multi-value `f(g())` arguments (gc's have/want messages), and the
//! predeclared functions (`len`, `append`, `make`, ...).

use crate::check::checker::Checker;
use crate::check::expr::{unparen, OpMode, Operand};
use crate::check::info::{Builtin, Mode};
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{ChanDir, Expr, ExprKind, Span};

impl<'a> Checker<'a> {
    pub(crate) fn call(
        &mut self,
        x: &mut Operand<'a>,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) {
        let f = self.raw_expr(fun, None);
        match f.mode {
            OpMode::Invalid => {
                self.use_exprs(args);
            }
            OpMode::TypeExpr => {
                let t = f.ty;
                match args.len() {
                    0 => {
                        let ts = self.tstr(t);
                        self.error(
                            self.at(x.expr),
                            format!("missing argument in conversion to {ts}"),
                        );
                    }
                    1 => {
                        let mut a = self.expr(&args[0], Some(t));
                        if !a.is_valid() {
                            return;
                        }
                        if ellipsis.is_some() {
                            let ts = self.tstr(t);
                            self.error(
                                args[0].span,
                                format!("invalid use of ... in conversion to {ts}"),
                            );
                            return;
                        }
                        self.conversion(&mut a, t, x.expr);
                        x.mode = a.mode;
                        x.ty = a.ty;
                        x.val = a.val;
                        if x.mode == OpMode::Constant {
                            if let Some(v) = &x.val {
                                let _ = v;
                            }
                        }
                    }
                    n => {
                        self.use_exprs(args);
                        let ts = self.tstr(t);
                        self.error(
                            args[n - 1].span,
                            format!("too many arguments in conversion to {ts}"),
                        );
                    }
                }
            }
            OpMode::Builtin(b) => self.builtin(x, b, args, ellipsis),
            OpMode::Generic(o) => self.generic_call(x, o, fun, args, ellipsis),
            _ => {
                let f = self.single_value(f);
                if !f.is_valid() {
                    self.use_exprs(args);
                    return;
                }
                let Some(sig) = self.prog.types.signature(f.ty).cloned() else {
                    let s = self.operand_string(&f);
                    let ts = self.tstr(f.ty);
                    self.error(
                        self.at(x.expr),
                        format!("invalid operation: cannot call {s}: {ts} is not a function"),
                    );
                    self.use_exprs(args);
                    return;
                };
                let ops = self.expr_list(args);
                self.arguments(x.expr, fun, &sig, ops, ellipsis, args);
                match sig.results.len() {
                    0 => {
                        x.mode = OpMode::NoValue;
                        x.ty = self.invalid();
                    }
                    1 => {
                        x.mode = OpMode::Value;
                        x.ty = sig.results[0];
                    }
                    _ => {
                        x.mode = OpMode::Value;
                        x.ty = self.prog.types.tuple(sig.results.clone());
                    }
                }
            }
        }
    }

    /// Evaluates expressions only for their side effects on "used" marks.
    pub(crate) fn use_exprs(&mut self, args: &'a [Expr]) {
        for a in args {
            let _ = self.raw_expr(a, None);
        }
    }

    /// Checks a list of expressions; a single multi-value call expands to
    /// one operand per result (all pointing at the call).
    pub(crate) fn expr_list(&mut self, list: &'a [Expr]) -> Vec<Operand<'a>> {
        if list.len() == 1 {
            let x = self.raw_expr(&list[0], None);
            if x.mode == OpMode::Value {
                if let TypeKind::Tuple(elems) = self.prog.types.kind(x.ty).clone() {
                    return elems
                        .into_iter()
                        .map(|t| Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: &list[0],
                        })
                        .collect();
                }
            }
            return vec![self.single_value(x)];
        }
        list.iter().map(|e| self.expr(e, None)).collect()
    }

    /// Type list as gc's have/want lines show it: `(int, string)`, untyped
    /// numbers as `number`.
    fn types_summary(&self, list: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, t) in list.iter().enumerate() {
            let mut s = if self.prog.types.is_invalid(*t) {
                "unknown type".to_string()
            } else if let Some(k) = self.prog.types.basic_kind(*t).filter(|k| k.is_untyped()) {
                if k.is_numeric() {
                    "number".to_string()
                } else {
                    k.name().replace("untyped ", "")
                }
            } else {
                self.tstr(*t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let TypeKind::Slice(e) = self.prog.types.kind(*t) {
                        s = format!("...{}", self.tstr(*e));
                    }
                } else if dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &crate::check::types::Signature,
        mut args: Vec<Operand<'a>>,
        ellipsis: Option<Span>,
        arg_exprs: &'a [Expr],
    ) {
        if args.iter().any(|a| !a.is_valid()) {
            return;
        }
        let nargs = args.len();
        let mut npars = sig.params.len();
        let ddd = ellipsis.is_some();
        let mut params: Vec<TypeId> = sig.params.clone();
        let fs = self.estr(fun);
        if sig.variadic {
            if ddd {
                if arg_exprs.len() == 1 && nargs > 1 {
                    self.error(
                        call.span,
                        format!(
                            "cannot use ... with {nargs}-valued {}",
                            self.estr(&arg_exprs[0])
                        ),
                    );
                    return;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(self.invalid());
                let elem = match self.prog.types.kind(last) {
                    TypeKind::Slice(e) => *e,
                    _ => last,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            self.error(
                call.span,
                format!("cannot use ... in call to non-variadic {fs}"),
            );
            return;
        }
        if nargs != npars {
            let (span, q) = if nargs > npars {
                (args[npars].expr.span, "too many")
            } else if nargs > 0 {
                (args[nargs - 1].expr.span, "not enough")
            } else {
                (call.span, "not enough")
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let msg = format!(
                "{q} arguments in call to {fs}\n\thave {}\n\twant {}",
                self.types_summary(&have, false, ddd),
                self.generic_want
                    .map(str::to_string)
                    .unwrap_or_else(|| self.types_summary(&sig.params, sig.variadic, false))
            );
            self.error(span, msg);
            return;
        }
        let ctx = format!("argument to {fs}");
        for (a, p) in args.iter_mut().zip(params) {
            self.assignment(a, Some(p), &ctx);
        }
    }

    fn builtin(
        &mut self,
        x: &mut Operand<'a>,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) {
        let call = x.expr;
        let name = b.name();
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(
                call.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(args);
            return;
        }
        let special = matches!(b, Builtin::Make | Builtin::New);
        let mut ops: Vec<Operand<'a>> = Vec::new();
        if !special {
            ops = self.expr_list(args);
            if ops.iter().any(|a| !a.is_valid()) {
                return;
            }
        }
        let nargs = if special { args.len() } else { ops.len() };
        let (min, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Close
            | Builtin::Clear
            | Builtin::New
            | Builtin::Panic
            | Builtin::Real
            | Builtin::Imag => (1, false),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, false),
            Builtin::Make | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
        };
        let msg = if nargs < min {
            "not enough"
        } else if !variadic && nargs > min {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            let cs = self.estr(call);
            self.error(
                call.span,
                format!(
                    "invalid operation: {msg} arguments for {cs} (expected {min}, found {nargs})"
                ),
            );
            return;
        }
        let inv = self.invalid();
        match b {
            Builtin::Append => {
                let s = ops[0].clone();
                let elem = match self.prog.types.under(s.ty) {
                    TypeKind::Slice(e) => *e,
                    _ => {
                        let what = if s.is_nil() {
                            "untyped nil".to_string()
                        } else {
                            self.operand_string(&s)
                        };
                        self.error(
                            self.at(s.expr),
                            format!("invalid append: argument must be a slice; have {what}"),
                        );
                        return;
                    }
                };
                let byte_slice = self.prog.types.slice(self.basic(BasicKind::Uint8));
                if ops.len() == 2
                    && ellipsis.is_some()
                    && self.prog.types.underlying(s.ty) == byte_slice
                    && self
                        .prog
                        .types
                        .basic_kind(ops[1].ty)
                        .is_some_and(|k| k.is_string())
                {
                    let st = self.basic(BasicKind::String);
                    let mut y = ops[1].clone();
                    self.assignment(&mut y, Some(st), "argument to append");
                } else if ellipsis.is_some() {
                    if ops.len() != 2 {
                        let have: Vec<TypeId> = ops.iter().map(|a| a.ty).collect();
                        let want = vec![s.ty, s.ty];
                        let q = if ops.len() > 2 {
                            "too many"
                        } else {
                            "not enough"
                        };
                        let msg = format!(
                            "{q} arguments in call to append\n\thave {}\n\twant {}",
                            self.types_summary(&have, false, true),
                            self.types_summary(&want, true, false)
                        );
                        self.error(ops[ops.len().min(2) - 1].expr.span, msg);
                        return;
                    }
                    let mut y = ops[1].clone();
                    let st = self.prog.types.underlying(s.ty);
                    self.assignment(&mut y, Some(st), "argument to append");
                } else {
                    for y in ops.iter_mut().skip(1) {
                        self.assignment(y, Some(elem), "argument to append");
                    }
                }
                x.mode = OpMode::Value;
                x.ty = s.ty;
            }
            Builtin::Len | Builtin::Cap => {
                let a = &ops[0];
                let mut t = self.prog.types.underlying(a.ty);
                if let TypeKind::Pointer(e) = self.prog.types.kind(t) {
                    if let TypeKind::Array(..) = self.prog.types.under(*e) {
                        t = self.prog.types.underlying(*e);
                    }
                }
                let int = self.basic(BasicKind::Int);
                let mut val = None;
                let ok = match self.prog.types.kind(t).clone() {
                    TypeKind::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let (OpMode::Constant, Some(v)) = (a.mode, &a.val) {
                            val = v
                                .as_bytes()
                                .map(|s| crate::check::constant::ConstValue::int(s.len() as i64));
                        }
                        true
                    }
                    TypeKind::Array(n, _) => {
                        if !has_call_or_recv(a.expr) {
                            val = Some(crate::check::constant::ConstValue::int(n as i64));
                        }
                        true
                    }
                    TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let s = self.operand_string(a);
                    self.error(
                        self.at(a.expr),
                        format!("invalid argument: {s} for built-in {name}"),
                    );
                    return;
                }
                if self.prog.types.is_untyped(a.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(a, st);
                }
                x.ty = int;
                match val {
                    Some(v) => {
                        x.mode = OpMode::Constant;
                        x.val = Some(v);
                    }
                    None => x.mode = OpMode::Value,
                }
            }
            Builtin::Clear => {
                let a = &ops[0];
                if !matches!(
                    self.prog.types.under(a.ty),
                    TypeKind::Map(..) | TypeKind::Slice(_)
                ) {
                    let s = self.operand_string(a);
                    self.error(self.at(a.expr), format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"));
                    return;
                }
                x.mode = OpMode::NoValue;
                x.ty = inv;
            }
            Builtin::Close => {
                let a = &ops[0];
                match self.prog.types.under(a.ty) {
                    TypeKind::Chan(ChanDir::Recv, _) => {
                        let s = self.operand_string(a);
                        self.error(
                            self.at(a.expr),
                            format!("invalid operation: cannot close receive-only channel {s}"),
                        );
                        return;
                    }
                    TypeKind::Chan(..) => {}
                    _ => {
                        let s = self.operand_string(a);
                        self.error(
                            self.at(a.expr),
                            format!("invalid operation: cannot close non-channel {s}"),
                        );
                        return;
                    }
                }
                x.mode = OpMode::NoValue;
                x.ty = inv;
            }
            Builtin::Copy => {
                let (dst, src) = (ops[0].clone(), ops[1].clone());
                let de = match self.prog.types.under(dst.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => None,
                };
                let Some(de) = de else {
                    let s = self.operand_string(&dst);
                    self.error(
                        self.at(dst.expr),
                        format!("invalid copy: argument must be a slice; have {s}"),
                    );
                    return;
                };
                let se = match self.prog.types.under(src.ty) {
                    TypeKind::Slice(e) => Some(*e),
                    TypeKind::Basic(k) if k.is_string() => Some(self.basic(BasicKind::Uint8)),
                    _ => None,
                };
                let Some(se) = se else {
                    let s = self.operand_string(&src);
                    self.error(
                        self.at(src.expr),
                        format!("invalid copy: argument must be a slice; have {s}"),
                    );
                    return;
                };
                if de != se {
                    let (ds, ss) = (self.operand_string(&dst), self.operand_string(&src));
                    let (dts, sts) = (self.tstr(de), self.tstr(se));
                    self.error(self.at(dst.expr), format!("invalid copy: arguments {ds} and {ss} have different element types {dts} and {sts}"));
                    return;
                }
                if self.prog.types.is_untyped(src.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(&src, st);
                }
                x.mode = OpMode::Value;
                x.ty = self.basic(BasicKind::Int);
            }
            Builtin::Delete => {
                let m = ops[0].clone();
                let TypeKind::Map(k, _) = self.prog.types.under(m.ty).clone() else {
                    let s = self.operand_string(&m);
                    self.error(
                        self.at(m.expr),
                        format!("invalid argument: {s} is not a map"),
                    );
                    return;
                };
                let mut key = ops[1].clone();
                let ms = self.operand_string(&m);
                self.assignment(&mut key, Some(k), "argument to delete");
                if !key.is_valid() {
                    let _ = ms;
                    return;
                }
                x.mode = OpMode::NoValue;
                x.ty = inv;
            }
            Builtin::Make => {
                let t = self.typ(&args[0]);
                if self.prog.types.is_invalid(t) {
                    self.use_exprs(&args[1..]);
                    return;
                }
                let min = match self.prog.types.under(t) {
                    TypeKind::Slice(_) => 2,
                    TypeKind::Map(..) | TypeKind::Chan(..) => 1,
                    _ => {
                        let es = self.estr(&args[0]);
                        self.error(args[0].span, format!("invalid argument: cannot make {es}: type must be slice, map, or channel"));
                        self.use_exprs(&args[1..]);
                        return;
                    }
                };
                if nargs < min || nargs > min + 1 {
                    let cs = self.estr(call);
                    self.error(
                        call.span,
                        format!(
                            "invalid operation: {cs} expects {min} or {} arguments; found {nargs}",
                            min + 1
                        ),
                    );
                    self.use_exprs(&args[1..]);
                    return;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    let v = self.index_value(a, None, "");
                    sizes.push(v);
                }
                if let (Some(Some(Some(len))), Some(Some(Some(cap)))) =
                    (sizes.first(), sizes.get(1))
                {
                    if len > cap {
                        self.error(
                            args[1].span,
                            "invalid argument: length and capacity swapped",
                        );
                        return;
                    }
                }
                x.mode = OpMode::Value;
                x.ty = t;
            }
            Builtin::New => {
                // new(T), or Go 1.26's new(expr).
                let mut a = self.raw_expr(&args[0], None);
                let t = match a.mode {
                    OpMode::Invalid => return,
                    OpMode::TypeExpr => a.ty,
                    _ => {
                        a = self.single_value(a);
                        if !a.is_valid() {
                            return;
                        }
                        if self.prog.types.is_untyped(a.ty) {
                            self.assignment(&mut a, None, "argument to new");
                            if !a.is_valid() {
                                return;
                            }
                        }
                        a.ty
                    }
                };
                x.mode = OpMode::Value;
                x.ty = self.prog.types.pointer(t);
            }
            Builtin::Panic => {
                let mut a = ops[0].clone();
                let e = self.prog.types.empty_iface;
                self.assignment(&mut a, Some(e), "argument to panic");
                if !a.is_valid() {
                    return;
                }
                x.mode = OpMode::NoValue;
                x.ty = inv;
            }
            Builtin::Print | Builtin::Println => {
                for a in ops.iter_mut() {
                    self.assignment(a, None, &format!("argument to built-in {name}"));
                    if !a.is_valid() {
                        return;
                    }
                }
                x.mode = OpMode::NoValue;
                x.ty = inv;
            }
            Builtin::Recover => {
                x.mode = OpMode::Value;
                x.ty = self.prog.types.empty_iface;
            }
            Builtin::Max | Builtin::Min => {
                let mut acc = ops[0].clone();
                for (i, a) in ops.clone().into_iter().enumerate() {
                    if !self
                        .prog
                        .types
                        .basic_kind(a.ty)
                        .is_some_and(|k| k.is_ordered())
                    {
                        let s = self.operand_string(&a);
                        self.error(
                            self.at(a.expr),
                            format!("invalid argument: {s} cannot be ordered"),
                        );
                        return;
                    }
                    if i == 0 {
                        continue;
                    }
                    let mut y = a.clone();
                    let prev_ty = acc.ty;
                    self.binary_operands_match(&mut acc, &mut y);
                    if !acc.is_valid() {
                        return;
                    }
                    if acc.ty != y.ty {
                        let (ps, ys) = (self.tstr(prev_ty), self.tstr(y.ty));
                        let es = self.estr(y.expr);
                        self.error(self.at(y.expr), format!("invalid argument: mismatched types {ps} (previous argument) and {ys} (type of {es})"));
                        return;
                    }
                    if let (Some(av), Some(yv)) = (acc.val.clone(), y.val.clone()) {
                        if acc.is_const() && y.is_const() {
                            let less = crate::check::ops::compare_consts(
                                crate::syntax::ast::BinOp::Lss,
                                &yv,
                                &av,
                            )
                            .unwrap_or(false);
                            let take_y = if b == Builtin::Min {
                                less
                            } else {
                                crate::check::ops::compare_consts(
                                    crate::syntax::ast::BinOp::Gtr,
                                    &yv,
                                    &av,
                                )
                                .unwrap_or(false)
                            };
                            if take_y {
                                acc.val = Some(yv);
                            }
                            continue;
                        }
                    }
                    acc.mode = OpMode::Value;
                    acc.val = None;
                }
                if acc.mode != OpMode::Constant {
                    // Non-constant: untyped arguments take the result type.
                    let t = if self.prog.types.is_untyped(acc.ty) {
                        self.default_type(acc.ty)
                    } else {
                        acc.ty
                    };
                    for a in &ops {
                        if self.prog.types.is_untyped(a.ty) {
                            self.convert_untyped(a, t);
                        }
                    }
                    acc.ty = t;
                    acc.mode = OpMode::Value;
                }
                x.mode = acc.mode;
                x.ty = acc.ty;
                x.val = acc.val;
            }
            Builtin::Complex => self.builtin_complex(x, &mut ops),
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(x, b, &mut ops[0]),
        }
        let _ = Mode::Value;
    }

    /// Untyped conversion between two operands (for min/max).
    fn binary_operands_match(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let t = &self.prog.types;
        if t.is_untyped(x.ty) && !t.is_untyped(y.ty) {
            let yt = y.ty;
            self.convert_untyped_report(x, yt);
        } else if !t.is_untyped(x.ty) && t.is_untyped(y.ty) {
            let xt = x.ty;
            self.convert_untyped_report(y, xt);
        } else if t.is_untyped(x.ty) && t.is_untyped(y.ty) {
            let (a, b) = (t.basic_kind(x.ty), t.basic_kind(y.ty));
            if a > b {
                y.ty = x.ty;
            } else {
                x.ty = y.ty;
            }
        }
    }
}

/// Whether an expression contains a function call or channel receive (such
/// an array `len` is not constant).
fn has_call_or_recv(e: &Expr) -> bool {
    match &unparen(e).kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary {
            op: crate::syntax::ast::UnOp::Recv,
            ..
        } => true,
        ExprKind::Unary { x, .. } | ExprKind::Star(x) => has_call_or_recv(x),
        ExprKind::Selector { x, .. } => has_call_or_recv(x),
        ExprKind::Index { x, index } => has_call_or_recv(x) || has_call_or_recv(index),
        ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        _ => false,
    }
}
