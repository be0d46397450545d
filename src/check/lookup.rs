//! Field and method lookup (go/types' lookupFieldOrMethod): a breadth-first
//! walk through embedded fields, shallowest depth wins, two hits at one
//! depth are ambiguous. Also method sets, interface satisfaction (with gc's
//! "(missing method M)" causes) and selector expressions `x.f`.

use crate::check::checker::Checker;
use crate::check::expr::{OpMode, Operand};
use crate::check::info::*;
use crate::check::types::{TypeId, TypeKind};
use crate::syntax::ast::{Expr, ExprKind, Ident, Name};

/// What a name selects in a type.
#[derive(Clone, Debug)]
#[allow(clippy::enum_variant_names)]
pub(crate) enum Found {
    Field {
        path: Vec<PathStep>,
        ty: TypeId,
    },
    /// `path` leads to the receiver (embedded fields walked); `recv_ptr`: the
    /// value at the end of the path is a pointer.
    Method {
        path: Vec<PathStep>,
        obj: ObjId,
        ptr_recv: bool,
        recv_ptr: bool,
        iface_index: Option<u32>,
    },
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// Looks `name` up in type `t` (fields, promoted fields, methods).
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        let (start, start_ptr) = match self.prog.types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        // A pointer to an interface has no methods; a named pointer type has none either.
        if let Some(n) = self.prog.types.named(t) {
            if matches!(self.prog.types.under(t), TypeKind::Pointer(_)) {
                let _ = n;
                let elem = self.prog.types.pointer_elem(t).unwrap_or(t);
                return self.lookup_fields_only(elem, name, true);
            }
        }
        // Level: (type, path to it, is the value there a pointer)
        let mut level: Vec<(TypeId, Vec<PathStep>, bool)> = vec![(start, Vec::new(), start_ptr)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut next = Vec::new();
            let mut hits: Vec<Found> = Vec::new();
            for (ty, path, is_ptr) in level {
                if self.prog.types.is_named(ty) {
                    if seen.contains(&ty) {
                        continue;
                    }
                    seen.push(ty);
                    let methods = self
                        .prog
                        .types
                        .named(ty)
                        .map(|n| n.methods.clone())
                        .unwrap_or_default();
                    if let Some(&m) = methods.iter().find(|m| &*self.obj(**m).name == name) {
                        self.resolve(m);
                        let ptr_recv = self
                            .obj(m)
                            .func_info()
                            .and_then(|f| f.recv)
                            .is_some_and(|r| r.1);
                        hits.push(Found::Method {
                            path: path.clone(),
                            obj: m,
                            ptr_recv,
                            recv_ptr: is_ptr,
                            iface_index: None,
                        });
                        continue;
                    }
                }
                match self.prog.types.under(ty).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if &*f.name == name {
                                let mut p = path.clone();
                                p.push(PathStep {
                                    deref: is_ptr,
                                    index: i as u32,
                                });
                                hits.push(Found::Field { path: p, ty: f.ty });
                            } else if f.embedded {
                                let mut p = path.clone();
                                p.push(PathStep {
                                    deref: is_ptr,
                                    index: i as u32,
                                });
                                let (ft, fptr) = match self.prog.types.kind(f.ty) {
                                    TypeKind::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                next.push((ft, p, fptr));
                            }
                        }
                    }
                    TypeKind::Interface(methods) => {
                        if is_ptr && path.is_empty() {
                            continue; // *I has no methods
                        }
                        if let Some(i) = methods.iter().position(|m| &*m.name == name) {
                            let sig = methods[i].sig;
                            let obj = self.iface_method_obj(ty, &methods[i].name, sig);
                            hits.push(Found::Method {
                                path: path.clone(),
                                obj,
                                ptr_recv: false,
                                recv_ptr: is_ptr,
                                iface_index: Some(i as u32),
                            });
                        }
                    }
                    _ => {}
                }
            }
            match hits.len() {
                0 => {}
                1 => return hits.pop().unwrap_or(Found::NotFound),
                _ => return Found::Ambiguous,
            }
            level = next;
        }
        Found::NotFound
    }

    fn lookup_fields_only(&mut self, t: TypeId, name: &str, is_ptr: bool) -> Found {
        for (i, f) in self.prog.types.struct_fields(t).iter().enumerate() {
            if &*f.name == name {
                return Found::Field {
                    path: vec![PathStep {
                        deref: is_ptr,
                        index: i as u32,
                    }],
                    ty: f.ty,
                };
            }
        }
        Found::NotFound
    }

    /// The abstract Func object standing for method `name` of interface `t`.
    fn iface_method_obj(&mut self, t: TypeId, name: &Name, sig: TypeId) -> ObjId {
        if let Some(&o) = self.iface_methods.get(&(t, name.clone())) {
            return o;
        }
        let o = ObjId(self.prog.objs.len() as u32);
        self.prog.objs.push(Object {
            kind: ObjKind::Func(FuncInfo {
                body: FuncBody::Abstract,
                recv: Some((t, false)),
            }),
            name: name.clone(),
            pkg: None,
            ty: sig,
            file: None,
            span: Default::default(),
        });
        self.iface_methods.insert((t, name.clone()), o);
        o
    }

    /// Why `v` does not implement interface `t`, as gc words it in
    /// parentheses, or `None` if it does. `v` may itself be an interface.
    pub(crate) fn missing_method_cause(
        &mut self,
        v: TypeId,
        t: TypeId,
        _static: bool,
    ) -> Option<String> {
        let methods = self.prog.types.iface_methods(t).to_vec();
        let v_is_iface = self.prog.types.is_interface(v);
        for m in methods {
            if v_is_iface {
                let vm = self
                    .prog
                    .types
                    .iface_methods(v)
                    .iter()
                    .find(|x| x.name == m.name)
                    .cloned();
                match vm {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(vm) if vm.sig != m.sig => {
                        return Some(self.wrong_type_cause(&m.name, vm.sig, m.sig))
                    }
                    _ => continue,
                }
            }
            match self.lookup_field_or_method(v, &m.name) {
                Found::Method {
                    obj,
                    ptr_recv,
                    recv_ptr,
                    path,
                    ..
                } => {
                    let sig = self.obj(obj).ty;
                    if sig != m.sig {
                        return Some(self.wrong_type_cause(&m.name, sig, m.sig));
                    }
                    // A pointer method is in the method set of *T only.
                    let via_ptr = recv_ptr
                        || path.iter().any(|s| s.deref)
                        || matches!(self.prog.types.kind(v), TypeKind::Pointer(_));
                    if ptr_recv && !via_ptr {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Found::Field { .. } => return Some(format!("(missing method {})", m.name)),
                _ => {
                    // Different case?
                    let lower = m.name.to_lowercase();
                    let alt = self
                        .method_names(v)
                        .into_iter()
                        .find(|n| n.to_lowercase() == lower);
                    if let Some(alt) = alt {
                        return Some(format!(
                            "(missing method {})\n\t\thave {alt}{}\n\t\twant {}{}",
                            m.name,
                            self.sig_tail_of(v, &alt),
                            m.name,
                            self.sig_tail(m.sig)
                        ));
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    fn method_names(&self, v: TypeId) -> Vec<Name> {
        let base = self
            .prog
            .types
            .pointer_elem(v)
            .filter(|_| !self.prog.types.is_named(v))
            .unwrap_or(v);
        self.prog
            .types
            .named(base)
            .map(|n| {
                n.methods
                    .iter()
                    .map(|m| self.obj(*m).name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn sig_tail_of(&mut self, v: TypeId, name: &str) -> String {
        match self.lookup_field_or_method(v, name) {
            Found::Method { obj, .. } => {
                let t = self.obj(obj).ty;
                self.sig_tail(t)
            }
            _ => String::new(),
        }
    }

    fn sig_tail(&self, sig: TypeId) -> String {
        self.tstr(sig)
            .strip_prefix("func")
            .map(str::to_string)
            .unwrap_or_default()
    }

    fn wrong_type_cause(&self, name: &str, have: TypeId, want: TypeId) -> String {
        format!(
            "(wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
            self.sig_tail(have),
            self.sig_tail(want)
        )
    }

    /// `x.sel`: a qualified identifier, field, method value or method expression.
    pub(crate) fn selector(&mut self, x: &mut Operand<'a>, base: &'a Expr, sel: &'a Ident) {
        // Qualified identifier.
        if let ExprKind::Ident(pid) = &base.kind {
            if let Some(po) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(p) = self.obj(po).kind {
                    self.record_use(pid, po);
                    self.used_imports.insert(po);
                    let Some(o) = self.pkg_member(p, sel, x.expr) else {
                        return;
                    };
                    self.resolve(o);
                    let ob = self.obj(o).clone();
                    match ob.kind {
                        ObjKind::Const(v) if !self.prog.types.is_invalid(ob.ty) => {
                            x.mode = OpMode::Constant;
                            x.val = Some(v);
                            x.ty = ob.ty;
                        }
                        ObjKind::TypeName { .. } => {
                            x.mode = OpMode::TypeExpr;
                            x.ty = ob.ty;
                        }
                        ObjKind::Var(_) => {
                            x.mode = OpMode::Variable;
                            x.ty = ob.ty;
                        }
                        ObjKind::Func(FuncInfo {
                            body: FuncBody::Generic,
                            ..
                        }) => {
                            x.mode = OpMode::Generic(o);
                        }
                        ObjKind::Func(_) => {
                            x.mode = OpMode::Value;
                            x.ty = ob.ty;
                        }
                        _ => {}
                    }
                    return;
                }
            }
        }
        let y = self.raw_expr(base, None);
        match y.mode {
            OpMode::Invalid => return,
            OpMode::TypeExpr => return self.method_expr(x, y.ty, base, sel),
            _ => {}
        }
        let y = self.single_value(y);
        if !y.is_valid() {
            return;
        }
        if y.is_nil() {
            self.error(
                sel.span,
                format!(
                    "{}.{} undefined (type untyped nil has no field or method {})",
                    self.estr(base),
                    sel.name,
                    sel.name
                ),
            );
            return;
        }
        if sel.is_blank() {
            self.error(sel.span, "cannot refer to blank field or method");
            return;
        }
        let found = self.lookup_field_or_method(y.ty, &sel.name);
        match found {
            Found::Field { path, ty } => {
                x.mode = if y.mode == OpMode::Variable || path.iter().any(|s| s.deref) {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                x.ty = ty;
                self.prog.selections.insert(
                    x.expr.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: y.ty,
                        ty,
                        path,
                    },
                );
            }
            Found::Method {
                path,
                obj,
                ptr_recv,
                recv_ptr,
                iface_index,
            } => {
                let adjust = if ptr_recv && !recv_ptr {
                    let addressable = y.mode == OpMode::Variable || path.iter().any(|s| s.deref);
                    if !addressable {
                        let ys = self.operand_string(&y);
                        let _ = ys;
                        self.error(
                            sel.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.tstr(y.ty)
                            ),
                        );
                        return;
                    }
                    if path.is_empty() || !path.iter().any(|s| s.deref) {
                        self.mark_addr_taken(base);
                    }
                    RecvAdjust::AddrOf
                } else if !ptr_recv && recv_ptr && iface_index.is_none() {
                    RecvAdjust::Deref
                } else {
                    RecvAdjust::None
                };
                self.add_dep(obj);
                let ty = self.obj(obj).ty;
                x.mode = OpMode::Value;
                x.ty = ty;
                self.prog.selections.insert(
                    x.expr.id,
                    Selection {
                        kind: SelectionKind::MethodVal {
                            method: obj,
                            adjust,
                            iface_index,
                        },
                        recv: y.ty,
                        ty,
                        path,
                    },
                );
            }
            Found::Ambiguous => {
                self.error(
                    sel.span,
                    format!("ambiguous selector {}", self.estr(x.expr)),
                );
            }
            Found::NotFound => {
                let es = self.estr(x.expr);
                let ts = self.tstr(y.ty);
                let why = self.not_found_why(y.ty, &sel.name);
                self.error(sel.span, format!("{es} undefined (type {ts} {why})"));
            }
        }
    }

    fn not_found_why(&mut self, t: TypeId, name: &str) -> String {
        if let Some(e) = self.prog.types.pointer_elem(t) {
            if self.prog.types.is_interface(e) && !self.prog.types.is_named(t) {
                return "is pointer to interface, not interface".to_string();
            }
        }
        // A field/method that differs only in case, or unexported in another package.
        let lower = name.to_lowercase();
        let mut alt = None;
        let base = self.prog.types.pointer_elem(t).unwrap_or(t);
        for f in self.prog.types.struct_fields(base) {
            if f.name.to_lowercase() == lower {
                alt = Some((f.name.clone(), "field"));
            }
        }
        for m in self.method_names(t) {
            if m.to_lowercase() == lower {
                alt = Some((m, "method"));
            }
        }
        if let Some((a, what)) = alt {
            return format!("has no field or method {name}, but does have {what} {a}");
        }
        format!("has no field or method {name}")
    }

    fn method_expr(&mut self, x: &mut Operand<'a>, t: TypeId, base: &'a Expr, sel: &'a Ident) {
        let _ = base;
        match self.lookup_field_or_method(t, &sel.name) {
            Found::Method {
                path,
                obj,
                ptr_recv,
                recv_ptr,
                iface_index,
            } => {
                if ptr_recv && !recv_ptr && !path.iter().any(|s| s.deref) {
                    let ts = self.tstr(t);
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {}.{} (needs pointer receiver (*{ts}).{})",
                            ts, sel.name, sel.name
                        ),
                    );
                    return;
                }
                let sig = self.prog.types.signature(self.obj(obj).ty).cloned();
                let Some(sig) = sig else { return };
                let mut params = vec![t];
                params.extend(sig.params.iter().copied());
                let fty = self
                    .prog
                    .types
                    .func(params, sig.results.clone(), sig.variadic);
                let adjust = if !ptr_recv && recv_ptr && iface_index.is_none() {
                    RecvAdjust::Deref
                } else {
                    RecvAdjust::None
                };
                self.add_dep(obj);
                x.mode = OpMode::Value;
                x.ty = fty;
                self.prog.selections.insert(
                    x.expr.id,
                    Selection {
                        kind: SelectionKind::MethodExpr {
                            method: obj,
                            adjust,
                            iface_index,
                        },
                        recv: t,
                        ty: fty,
                        path,
                    },
                );
            }
            _ => {
                let ts = self.tstr(t);
                self.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {ts} has no field or method {})",
                        self.estr(base),
                        sel.name,
                        sel.name
                    ),
                );
            }
        }
    }
}
