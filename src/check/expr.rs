//! Expressions: the operand model (go/types' `operand`), the expression
//! dispatcher, identifiers, literals, and recording of every expression's
//! type and value.
//!
//! Unary operators, dereference and type assertions are in `unary`; binary operators and constant folding are in `ops`, calls and built-ins
//! in `call`/`builtin`, selectors in `lookup`, composite literals and
//! index/slice expressions in `literal`, untyped conversion in `assign`.

use crate::check::checker::{Checker, FuncCtx};
use crate::check::constant::{parse_float_lit, parse_imag_lit, ConstValue};
use crate::check::exprstring::expr_string;
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{self, Expr, ExprKind, Lit};
use num_traits::Zero;

/// How an operand may be used (go/types' operand modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
    /// The predeclared `nil`.
    Nil,
    /// A generic `slices`/`maps` function (only callable).
    Generic(ObjId),
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    pub expr: &'a Expr,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: &'a Expr, ty: TypeId) -> Self {
        Operand {
            mode: OpMode::Invalid,
            ty,
            val: None,
            expr,
        }
    }
    pub fn is_valid(&self) -> bool {
        self.mode != OpMode::Invalid
    }
    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }
    pub fn is_const(&self) -> bool {
        self.mode == OpMode::Constant
    }
}

/// Strips parentheses.
pub(crate) fn unparen(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

impl<'a> Checker<'a> {
    /// The source text of the current file.
    pub(crate) fn src(&self) -> &'a str {
        &self.files[self.file.0 as usize].source.text
    }
    /// Where gc reports an error about expression `e`: syntax.StartPos, which
    /// descends into the left operand of binary, call, selector, index and
    /// assertion expressions but stops at a slice expression (its `[`) and a
    /// func type (its parameter list).
    pub(crate) fn at(&self, e: &Expr) -> crate::syntax::ast::Span {
        let mut span = e.span;
        let mut cur = e;
        loop {
            match &cur.kind {
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::Binary { x, .. } => cur = x,
                ExprKind::Call { fun, .. } => cur = fun,
                ExprKind::CompositeLit { ty: Some(t), .. } => cur = t,
                ExprKind::Slice { x, .. } => {
                    let from = x.span.hi as usize;
                    if let Some(off) = self
                        .src()
                        .get(from..e.span.hi as usize)
                        .and_then(|t| t.find('['))
                    {
                        span.lo = (from + off) as u32;
                    }
                    return span;
                }
                ExprKind::FuncType(_) => {
                    if let Some(off) = self
                        .src()
                        .get(cur.span.lo as usize..cur.span.hi as usize)
                        .and_then(|t| t.find('('))
                    {
                        span.lo = cur.span.lo + off as u32;
                    }
                    return span;
                }
                _ => {
                    span.lo = cur.span.lo;
                    return span;
                }
            }
        }
    }

    pub(crate) fn estr(&self, e: &Expr) -> String {
        expr_string(e, self.src())
    }

    /// The operand as cmd/compile describes it:
    /// `x (variable of type int)`, `300 (untyped int constant)`, `nil`.
    pub(crate) fn operand_string(&self, x: &Operand) -> String {
        if x.mode == OpMode::Nil {
            return if self.prog.types.is_untyped(x.ty) {
                "nil".into()
            } else {
                format!("nil (of type {})", self.tstr(x.ty))
            };
        }
        let expr = self.estr(x.expr);
        let mut s = format!("{expr} (");
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid
            | OpMode::NoValue
            | OpMode::Builtin(_)
            | OpMode::Generic(_)
            | OpMode::TypeExpr => {}
            _ => {
                if let TypeKind::Basic(k) = self.prog.types.kind(x.ty) {
                    if k.is_untyped() {
                        s.push_str(k.name());
                        s.push(' ');
                    } else {
                        has_type = true;
                    }
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) | OpMode::Generic(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::Nil => "nil",
        });
        if let (OpMode::Constant, Some(v)) = (x.mode, &x.val) {
            let vs = v.describe();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if self.prog.types.is_invalid(x.ty) {
                s.push_str(" with invalid type");
            } else {
                let mut desc = String::new();
                let display = self.display_of(x.expr);
                // A type spelled by an alias name (`any`, `type A = B`) is
                // described like a named type.
                let alias_named = display.as_deref().is_some_and(|d| {
                    d != "byte"
                        && d != "rune"
                        && d.chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
                });
                if self.prog.types.is_named(x.ty) || alias_named {
                    let what = match self.prog.types.under(x.ty) {
                        TypeKind::Basic(k) => k.name(),
                        k => crate::check::ops::kind_word(k),
                    };
                    desc = format!("{what} ");
                }
                s.push_str(&format!(" of {desc}type "));
                let named_tuple = if matches!(self.prog.types.kind(x.ty), TypeKind::Tuple(_)) {
                    self.result_tuple_string(x.expr)
                } else {
                    None
                };
                if let Some(t) = named_tuple {
                    s.push_str(&t);
                } else if let Some(d) = display {
                    s.push_str(&d);
                } else {
                    s.push_str(&self.tstr_at(x.ty, x.expr));
                }
            }
        }
        s.push(')');
        s
    }

    /// The type of `e` as its declaration spells it, when that differs from
    /// the canonical type string: types2 keeps alias names (`any`, `byte`,
    /// `[]any`) and parameter names (`func(a int) string`) in messages.
    /// Known for names of variables and functions declared with a type, for
    /// method values, and for calls of functions with one declared result.
    pub(crate) fn display_of(&self, e: &Expr) -> Option<String> {
        match &e.kind {
            ExprKind::Paren(x) => self.display_of(x),
            ExprKind::Ident(i) => self
                .prog
                .uses
                .get(i.id)
                .and_then(|o| self.obj_display.get(o))
                .cloned(),
            ExprKind::Selector { sel, .. } => {
                if let Some(o) = self.prog.uses.get(sel.id) {
                    return self.obj_display.get(o).cloned();
                }
                match self.prog.selections.get(e.id)?.kind {
                    SelectionKind::MethodVal { method, .. } => {
                        self.obj_display.get(&method).cloned()
                    }
                    _ => None,
                }
            }
            ExprKind::Call { fun, .. } => {
                let (obj, file, fd) = self.callee_decl(fun)?;
                let [r] = fd.ty.results.as_slice() else {
                    return None;
                };
                if r.names.len() > 1 {
                    return None;
                }
                let rt = *self
                    .prog
                    .types
                    .signature(self.obj(obj).ty)?
                    .results
                    .first()?;
                let d = crate::check::exprstring::expr_string(
                    &r.ty,
                    &self.files[file.0 as usize].source.text,
                );
                (d != self.tstr(rt)).then_some(d)
            }
            _ => None,
        }
    }

    /// Whether `e` (of type uint8 or int32) is spelled `byte`/`rune`: see
    /// [`Checker::tstr_at`].
    fn alias_for(&self, e: &Expr) -> Option<&'static str> {
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary { x, .. } => self.alias.get(&x.id).copied(),
            ExprKind::Ident(i) => self
                .prog
                .uses
                .get(i.id)
                .and_then(|o| self.obj_alias.get(o))
                .copied(),
            ExprKind::Index { x, .. } => {
                let is_str = self.prog.types_of.get(x.id).is_some_and(|t| {
                    self.prog
                        .types
                        .basic_kind(t.ty)
                        .is_some_and(|k| k.is_string())
                });
                is_str.then_some("byte")
            }
            ExprKind::Call { fun, .. } => {
                if self
                    .prog
                    .types_of
                    .get(fun.id)
                    .is_some_and(|t| t.mode == Mode::Type)
                {
                    self.alias_of_type_expr(fun)
                } else {
                    None
                }
            }
            ExprKind::Binary { x, y, .. } => self
                .alias
                .get(&x.id)
                .or_else(|| self.alias.get(&y.id))
                .copied(),
            _ => None,
        }
    }

    /// Checks `e` and requires a single value (not a type, built-in, tuple or
    /// no-value call).
    pub(crate) fn expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.raw_expr(e, hint);
        self.single_value(x)
    }

    pub(crate) fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        let msg = match x.mode {
            OpMode::NoValue => Some(format!("{} used as value", self.operand_string(&x))),
            OpMode::Builtin(_) => Some(format!("{} must be called", self.operand_string(&x))),
            OpMode::Generic(_) => Some(format!(
                "cannot use generic function {} without instantiation",
                self.estr(x.expr)
            )),
            OpMode::TypeExpr => Some(format!("{} is not an expression", self.operand_string(&x))),
            OpMode::Value if matches!(self.prog.types.kind(x.ty), TypeKind::Tuple(_)) => {
                Some(format!(
                    "multiple-value {} in single-value context",
                    self.operand_string(&x)
                ))
            }
            _ => None,
        };
        if let Some(m) = msg {
            let mut at = self.at(x.expr);
            if let (OpMode::TypeExpr, ExprKind::FuncType(_)) = (x.mode, &unparen(x.expr).kind) {
                // gc places a func type at its parameter list.
                if let Some(off) = self
                    .src()
                    .get(at.lo as usize..at.hi as usize)
                    .and_then(|t| t.find('('))
                {
                    at.lo += off as u32;
                }
            }
            self.error(at, m);
            x.mode = OpMode::Invalid;
        }
        x
    }

    /// The function or method a call's callee `fun` names, with the file and
    /// the declaration (for messages that quote the declared result names).
    fn callee_decl(&self, fun: &Expr) -> Option<(ObjId, FileId, &ast::FuncDecl)> {
        let fun = unparen(fun);
        let obj = match &fun.kind {
            ExprKind::Ident(i) => self.prog.uses.get(i.id).copied(),
            ExprKind::Selector { sel, .. } => match self.prog.selections.get(fun.id) {
                Some(s) => match s.kind {
                    SelectionKind::MethodVal { method, .. } => Some(method),
                    _ => None,
                },
                None => self.prog.uses.get(sel.id).copied(),
            },
            _ => None,
        }?;
        let (FuncBody::Decl { file, decl } | FuncBody::Native { file, decl }) =
            self.obj(obj).func_info()?.body
        else {
            return None;
        };
        match self.files[file.0 as usize].ast.decls.get(decl as usize)? {
            ast::Decl::Func(fd) => Some((obj, file, fd)),
            _ => None,
        }
    }

    /// The result list of the function called by `call`, with the result
    /// names of its declaration (types2 prints `(n int, err error)`).
    fn result_tuple_string(&self, call: &Expr) -> Option<String> {
        let ExprKind::Call { fun, .. } = &unparen(call).kind else {
            return None;
        };
        let (obj, _, fd) = self.callee_decl(fun)?;
        if fd.ty.results.iter().all(|f| f.names.is_empty()) {
            return None;
        }
        let sig = self.prog.types.signature(self.obj(obj).ty)?;
        let mut parts = Vec::new();
        let mut i = 0;
        for f in &fd.ty.results {
            for n in &f.names {
                let t = sig.results.get(i)?;
                parts.push(format!("{} {}", n.name, self.tstr(*t)));
                i += 1;
            }
        }
        Some(format!("({})", parts.join(", ")))
    }

    /// Checks `e` which may also denote a type or a multi-value call.
    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        if self.depth >= Checker::MAX_DEPTH {
            self.error(e.span, "expression nested too deeply (gorun's limit)");
            return Operand::invalid(e, self.invalid());
        }
        self.depth += 1;
        let x = self.expr_inner(e, hint);
        self.depth -= 1;
        if x.is_valid()
            && matches!(
                self.prog.types.kind(x.ty),
                TypeKind::Basic(BasicKind::Uint8 | BasicKind::Int32)
            )
        {
            if let Some(a) = self.alias_for(e) {
                self.alias.insert(e.id, a);
            }
        }
        let mode = match x.mode {
            OpMode::Invalid => None,
            OpMode::NoValue => Some(Mode::NoValue),
            OpMode::Builtin(_) | OpMode::Generic(_) => Some(Mode::Builtin),
            OpMode::TypeExpr => Some(Mode::Type),
            OpMode::Constant => Some(Mode::Constant),
            OpMode::Variable => Some(Mode::Variable),
            OpMode::MapIndex => Some(Mode::MapIndex),
            OpMode::Value | OpMode::Nil => Some(Mode::Value),
            OpMode::CommaOk => Some(Mode::CommaOk),
        };
        match mode {
            Some(m) => self.record(e.id, m, x.ty, x.val.clone()),
            None => {
                let inv = self.invalid();
                self.record(e.id, Mode::Value, inv, None)
            }
        }
        x
    }

    fn expr_inner(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let inv = self.invalid();
        let mut x = Operand::invalid(e, inv);
        match &e.kind {
            ExprKind::Ident(id) => self.ident(&mut x, id),
            ExprKind::BasicLit(lit) => match lit {
                Lit::Int(i) => {
                    self.constant(&mut x, BasicKind::UntypedInt, ConstValue::Int(i.clone()))
                }
                Lit::Rune(r) => {
                    self.constant(&mut x, BasicKind::UntypedRune, ConstValue::int(*r as i64))
                }
                Lit::Str(s) => self.constant(
                    &mut x,
                    BasicKind::UntypedString,
                    ConstValue::String(s.clone().into()),
                ),
                Lit::Float(f) => match parse_float_lit(f) {
                    Some(r) => self.constant(&mut x, BasicKind::UntypedFloat, ConstValue::Float(r)),
                    None => self.error(e.span, format!("malformed constant: {f}")),
                },
                Lit::Imag(f) => match parse_imag_lit(f) {
                    Some(im) => self.constant(
                        &mut x,
                        BasicKind::UntypedComplex,
                        ConstValue::Complex(num_rational::BigRational::zero(), im),
                    ),
                    None => self.error(e.span, format!("malformed constant: {f}")),
                },
            },
            ExprKind::Paren(inner) => {
                let y = self.raw_expr(inner, hint);
                x.mode = y.mode;
                x.ty = y.ty;
                x.val = y.val;
            }
            ExprKind::FuncLit { ty, body } => {
                let sig = self.signature(ty);
                let id = self.next_func_id;
                self.next_func_id += 1;
                let outer = self.func.take();
                let outer_unused = std::mem::take(&mut self.unused);
                self.func = Some(FuncCtx {
                    sig,
                    named_results: Vec::new(),
                    id,
                });
                self.open_scope();
                let named = self.declare_params(ty, sig);
                if let Some(f) = &mut self.func {
                    f.named_results = named;
                }
                self.func_block(body, sig);
                self.close_scope();
                self.flush_unused();
                self.unused = outer_unused;
                self.func = outer;
                x.mode = OpMode::Value;
                x.ty = sig;
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => {
                self.composite_lit(&mut x, ty.as_deref(), elts, *rbrace, hint)
            }
            ExprKind::Selector { x: base, sel } => self.selector(&mut x, base, sel),
            ExprKind::Index { x: base, index } => self.index_expr(&mut x, base, index),
            ExprKind::Slice {
                x: base,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(
                &mut x,
                base,
                lo.as_deref(),
                hi.as_deref(),
                max.as_deref(),
                *three,
            ),
            ExprKind::TypeAssert { x: base, ty } => self.type_assert(&mut x, base, ty.as_deref()),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.call(&mut x, fun, args, *ellipsis),
            ExprKind::Star(inner) => self.star(&mut x, inner),
            ExprKind::Unary { op, x: inner } => self.unary(&mut x, *op, inner),
            ExprKind::Binary { op, x: l, y: r, .. } => self.binary(&mut x, *op, l, r, e),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.typ(e);
                if !self.prog.types.is_invalid(t) {
                    x.mode = OpMode::TypeExpr;
                    x.ty = t;
                }
            }
            ExprKind::Ellipsis => self.error(
                e.span,
                "invalid use of [...] array (outside a composite literal)",
            ),
        }
        x
    }

    fn constant(&mut self, x: &mut Operand<'a>, k: BasicKind, v: ConstValue) {
        x.mode = OpMode::Constant;
        x.ty = self.basic(k);
        x.val = Some(v);
    }

    fn ident(&mut self, x: &mut Operand<'a>, id: &'a crate::syntax::ast::Ident) {
        if id.is_blank() {
            self.error(id.span, "cannot use _ as value or type");
            return;
        }
        let Some(o) = self.lookup(&id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return;
        };
        self.record_use(id, o);
        let kind = self.obj(o).kind.clone();
        match kind {
            ObjKind::PkgName(_) => {
                self.error(
                    id.span,
                    format!("use of package {} not in selector", id.name),
                );
            }
            ObjKind::Const(_) => {
                self.resolve(o);
                if &*self.obj(o).name == "iota" && self.obj(o).pkg.is_none() {
                    match self.iota {
                        Some(i) => self.constant(x, BasicKind::UntypedInt, ConstValue::int(i)),
                        None => self.error(id.span, "cannot use iota outside constant declaration"),
                    }
                    return;
                }
                let ob = self.obj(o);
                if let ObjKind::Const(v) = &ob.kind {
                    if !self.prog.types.is_invalid(ob.ty) {
                        x.mode = OpMode::Constant;
                        x.ty = ob.ty;
                        x.val = Some(v.clone());
                    }
                }
            }
            ObjKind::TypeName { .. } => {
                self.resolve(o);
                let t = self.obj(o).ty;
                if self.obj(o).pkg.is_none() && &*self.obj(o).name == "comparable" {
                    self.error(id.span, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable");
                    return;
                }
                self.set_typed(x, OpMode::TypeExpr, t);
            }
            ObjKind::Var(_) | ObjKind::Func(_) => {
                self.resolve(o);
                let mode = if matches!(kind, ObjKind::Var(_)) {
                    self.use_var(o);
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                self.add_dep(o);
                self.set_typed(x, mode, self.obj(o).ty);
            }
            ObjKind::Builtin(b) => {
                x.mode = OpMode::Builtin(b);
            }
            ObjKind::Nil => {
                x.mode = OpMode::Nil;
                x.ty = self.basic(BasicKind::UntypedNil);
            }
            ObjKind::Label => self.error(id.span, format!("undefined: {}", id.name)),
        }
    }

    /// Gives `x` mode `mode` and type `t`, unless `t` is invalid (an error
    /// was reported where it was declared): `x` then stays invalid.
    fn set_typed(&self, x: &mut Operand<'a>, mode: OpMode, t: TypeId) {
        if !self.prog.types.is_invalid(t) {
            x.mode = mode;
            x.ty = t;
        }
    }

    /// Records that the package-level declaration being checked depends on
    /// `o` (for initialisation order).
    pub(crate) fn add_dep(&mut self, o: ObjId) {
        let ob = self.obj(o);
        let global = match &ob.kind {
            ObjKind::Var(v) => v.global,
            ObjKind::Func(_) => ob.pkg == Some(self.pkg),
            _ => false,
        };
        if !global {
            return;
        }
        if let Some(&top) = self.dep_stack.last() {
            self.deps.entry(top).or_default().push(o);
        }
    }
}
