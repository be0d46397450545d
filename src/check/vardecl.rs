//! Constant and variable declarations, at package level and in function
//! bodies: iota and implicit repetition of the previous constant spec,
//! typed constants, `var a, b = f()`, and the package-level initialisers the
//! interpreter runs in [`crate::check::info::Package::var_inits`].

use crate::check::checker::{Checker, Color};
use crate::check::constant::ConstValue;
use crate::check::expr::{unparen, OpMode};
use crate::check::info::*;
use crate::syntax::ast::{self, ExprKind};

impl<'a> Checker<'a> {
    /// Resolves package-level constant `o` (name `index` of `spec`, whose
    /// type and values come from `inherited` when the spec repeats them).
    pub(crate) fn const_decl(
        &mut self,
        o: ObjId,
        spec: &'a ast::ValueSpec,
        index: usize,
        inherited: Option<&'a ast::ValueSpec>,
    ) {
        let src = inherited.unwrap_or(spec);
        self.const_spec_one(o, spec, src, index);
    }

    fn const_spec_one(
        &mut self,
        o: ObjId,
        spec: &'a ast::ValueSpec,
        src: &'a ast::ValueSpec,
        index: usize,
    ) {
        let saved_iota = self.iota.replace(spec.iota as i64);
        let inv = self.invalid();
        let mut t = None;
        if let Some(te) = &src.ty {
            let tt = self.typ(te);
            if !self.prog.types.is_invalid(tt) {
                let is_const_type = self
                    .prog
                    .types
                    .basic_kind(tt)
                    .is_some_and(|k| k != crate::check::types::BasicKind::Invalid);
                if !is_const_type {
                    let ts = self.tstr(tt);
                    self.error(te.span, format!("invalid constant type {ts}"));
                    self.obj_mut(o).ty = inv;
                    self.iota = saved_iota;
                    return;
                }
                t = Some(tt);
            } else {
                self.obj_mut(o).ty = inv;
                self.iota = saved_iota;
                return;
            }
        }
        let name_span = spec.names[index].span;
        match src.values.get(index) {
            None => {
                if index == src.values.len() {
                    self.error(
                        name_span,
                        format!("missing init expr for {}", spec.names[index].name),
                    );
                }
                self.obj_mut(o).ty = inv;
            }
            Some(e) => {
                let mut x = self.expr(e, None);
                if index + 1 == spec.names.len()
                    && src.values.len() > spec.names.len()
                    && std::ptr::eq(src, spec)
                {
                    let extra = &src.values[spec.names.len()];
                    let es = self.estr(extra);
                    self.error(extra.span, format!("extra init expr {es}"));
                }
                if !x.is_valid() {
                    self.obj_mut(o).ty = inv;
                } else if x.mode != OpMode::Constant {
                    let s = self.operand_string(&x);
                    self.error(e.span, format!("{s} is not constant"));
                    self.obj_mut(o).ty = inv;
                } else {
                    let target = t.unwrap_or(x.ty);
                    self.assignment(&mut x, Some(target), "constant declaration");
                    if x.is_valid() {
                        let val = x.val.clone().unwrap_or(ConstValue::Bool(false));
                        let ob = self.obj_mut(o);
                        ob.ty = target;
                        ob.kind = ObjKind::Const(val);
                    } else {
                        self.obj_mut(o).ty = inv;
                    }
                }
            }
        }
        self.iota = saved_iota;
    }

    /// A package-level `var` spec: resolves every name of the spec at once.
    pub(crate) fn global_var_spec(&mut self, spec: &'a ast::ValueSpec) {
        let objs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| self.prog.defs.get(n.id).copied().filter(|_| true))
            .collect();
        for o in objs.iter().flatten() {
            self.colors.insert(*o, Color::Grey);
        }
        self.var_spec_body(spec, &objs);
        for o in objs.iter().flatten() {
            self.colors.insert(*o, Color::Black);
        }
        // Initialisers for the interpreter.
        let file = self.file;
        let lhs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .zip(&objs)
            .map(|(n, o)| if n.is_blank() { None } else { *o })
            .collect();
        let pkg = self.pkg;
        if spec.values.len() == spec.names.len() {
            for (i, v) in spec.values.iter().enumerate() {
                let init = Initializer {
                    lhs: vec![lhs[i]],
                    rhs: v.clone(),
                    file,
                };
                if let Some(o) = objs[i] {
                    self.pending_inits.insert(o, (pkg, init));
                }
            }
        } else if spec.values.len() == 1 {
            let init = Initializer {
                lhs: lhs.clone(),
                rhs: spec.values[0].clone(),
                file,
            };
            if let Some(o) = objs.iter().flatten().next() {
                self.pending_inits.insert(*o, (pkg, init));
            }
        }
    }

    /// Types the variables `objs` of `spec` and checks their initialisers.
    fn var_spec_body(&mut self, spec: &'a ast::ValueSpec, objs: &[Option<ObjId>]) {
        let mut declared_ty = None;
        if let Some(te) = &spec.ty {
            let t = self.typ(te);
            declared_ty = Some(t);
            let alias = self.alias_of_type_expr(te);
            for o in objs.iter().flatten() {
                self.obj_mut(*o).ty = t;
                self.set_decl_display(*o, te);
                if let Some(a) = alias {
                    self.obj_alias.insert(*o, a);
                }
            }
        } else {
            for o in objs.iter().flatten() {
                self.untyped_vars.insert(*o);
            }
        }
        // gc's arity check comes first.
        let (l, r) = (spec.names.len(), spec.values.len());
        if r > 0 && (l < r || (l > r && r != 1)) {
            if l < r {
                let es = self.estr(&spec.values[l]);
                self.error(spec.values[l].span, format!("extra init expr {es}"));
            } else {
                self.error(
                    spec.names[r].span,
                    format!("missing init expr for {}", spec.names[r].name),
                );
            }
            self.use_exprs(&spec.values);
            let inv = self.invalid();
            for o in objs.iter().flatten() {
                if self.untyped_vars.remove(o) {
                    self.obj_mut(*o).ty = inv;
                }
            }
            return;
        }
        if spec.values.is_empty() {
            if declared_ty.is_none() {
                // Parser normally rejects this.
                for o in objs.iter().flatten() {
                    self.untyped_vars.remove(o);
                }
            }
            return;
        }
        if objs.len() == 1 && spec.values.len() == 1 {
            let x = self.expr(&spec.values[0], None);
            let o = objs[0];
            let target = o.and_then(|o| {
                if self.untyped_vars.contains(&o) {
                    None
                } else {
                    Some(self.obj(o).ty)
                }
            });
            let _ = target;
            let o = if spec.names[0].is_blank() && declared_ty.is_some() {
                // `var _ T = x`: check against T.
                let mut x = x;
                self.assignment(&mut x, declared_ty, "variable declaration");
                return;
            } else {
                o
            };
            self.init_var(o, x, "variable declaration");
            return;
        }
        self.init_vars_pub(objs, &spec.values);
        for o in objs.iter().flatten() {
            self.untyped_vars.remove(o);
        }
    }

    fn init_vars_pub(&mut self, objs: &[Option<ObjId>], values: &'a [ast::Expr]) {
        // Blank names with a declared type are still checked via their object.
        let (l, r) = (objs.len(), values.len());
        let is_call = r == 1 && matches!(unparen(&values[0]).kind, ExprKind::Call { .. });
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "variable declaration"
        };
        if l == r && !is_call {
            for (o, e) in objs.iter().zip(values) {
                let x = self.expr(e, None);
                self.init_var(*o, x, context);
            }
            return;
        }
        if r != 1 {
            let ok = self.all_valid(values);
            if ok {
                self.assign_mismatch(values, l, r);
            }
            for o in objs.iter().flatten() {
                if self.untyped_vars.remove(o) {
                    let inv = self.invalid();
                    self.obj_mut(*o).ty = inv;
                }
            }
            return;
        }
        let (xs, _comma_ok) = self.multi_expr(&values[0], l == 2);
        if xs.len() == l {
            for (o, x) in objs.iter().zip(xs) {
                self.init_var(*o, x, context);
            }
            return;
        }
        if xs.first().is_some_and(|x| x.is_valid()) {
            self.assign_mismatch(values, l, xs.len());
        }
        for o in objs.iter().flatten() {
            if self.untyped_vars.remove(o) {
                let inv = self.invalid();
                self.obj_mut(*o).ty = inv;
            }
        }
    }

    /// `var a, b T = x, y` inside a function: the names are in scope after the spec.
    pub(crate) fn local_var_spec(&mut self, spec: &'a ast::ValueSpec) {
        let inv = self.invalid();
        let mut objs = Vec::new();
        for n in &spec.names {
            let o = self.new_var(n.name.clone(), inv, n.span);
            self.prog.defs.insert(n.id, o);
            objs.push(Some(o));
        }
        self.var_spec_body(spec, &objs);
        for (n, o) in spec.names.iter().zip(&objs) {
            if let Some(o) = o {
                self.untyped_vars.remove(o);
                self.declare(n, *o);
            }
        }
    }

    /// A `const` declaration inside a function.
    pub(crate) fn local_const_decl(&mut self, cd: &'a ast::ConstDecl) {
        let mut last: Option<&'a ast::ValueSpec> = None;
        for spec in &cd.specs {
            let src = if spec.values.is_empty() && spec.ty.is_none() {
                last.unwrap_or(spec)
            } else {
                spec
            };
            if !spec.values.is_empty() || spec.ty.is_some() {
                last = Some(spec);
            }
            let inv = self.invalid();
            let mut objs = Vec::new();
            for (i, n) in spec.names.iter().enumerate() {
                let o = self.new_obj(
                    ObjKind::Const(ConstValue::int(0)),
                    n.name.clone(),
                    inv,
                    n.span,
                );
                self.const_spec_one(o, spec, src, i);
                objs.push(o);
            }
            for (n, o) in spec.names.iter().zip(objs) {
                self.declare(n, o);
            }
        }
    }
}
