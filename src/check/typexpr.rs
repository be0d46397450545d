//! Type expressions: turning `[]map[string]*T`, `struct{...}`,
//! `func(int) error`, `interface{...}` into interned [`TypeId`]s, and
//! function signatures with their parameter objects.

use crate::check::checker::Checker;
use crate::check::info::*;
use crate::check::types::{BasicKind, Field, IfaceMethod, TypeId, TypeKind};
use crate::syntax::ast::{self, Expr, ExprKind, Name};

/// gc's words for an object in "x (local variable) is not a type".
pub(crate) fn object_kind(o: &Object) -> &'static str {
    match &o.kind {
        ObjKind::PkgName(_) => "package name",
        ObjKind::Const(_) => "constant",
        ObjKind::TypeName { alias: true } => "type alias",
        ObjKind::TypeName { .. } => "defined type",
        ObjKind::Var(v) if v.global => "package-level variable",
        ObjKind::Var(v) if v.param => "parameter",
        ObjKind::Var(_) => "local variable",
        ObjKind::Func(_) => "func",
        ObjKind::Builtin(_) => "built-in",
        ObjKind::Label => "label",
        ObjKind::Nil => "nil",
    }
}

impl<'a> Checker<'a> {
    /// The type denoted by `e`; reports an error and returns `Invalid` if `e`
    /// is not a type.
    pub(crate) fn typ(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_inner(e);
        self.record(e.id, Mode::Type, t, None);
        t
    }

    fn typ_inner(&mut self, e: &'a Expr) -> TypeId {
        let inv = self.invalid();
        match &e.kind {
            ExprKind::Ident(id) => {
                if id.is_blank() {
                    self.error(e.span, "cannot use _ as value or type");
                    return inv;
                }
                let Some(o) = self.lookup(&id.name) else {
                    self.error(e.span, format!("undefined: {}", id.name));
                    return inv;
                };
                self.record_use(id, o);
                self.type_of_obj(o, e)
            }
            ExprKind::Selector { x, sel } => {
                if let ExprKind::Ident(pid) = &x.kind {
                    if let Some(po) = self.lookup(&pid.name) {
                        if let ObjKind::PkgName(p) = self.obj(po).kind {
                            self.record_use(pid, po);
                            self.used_imports.insert(po);
                            let Some(o) = self.pkg_member(p, sel, e) else {
                                return inv;
                            };
                            return self.type_of_obj(o, e);
                        }
                    }
                }
                let x = self.expr(e, None);
                if x.is_valid() {
                    let s = self.operand_string(&x);
                    self.error(e.span, format!("{s} is not a type"));
                }
                inv
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Star(x) => {
                let t = self.typ(x);
                if self.prog.types.is_invalid(t) {
                    return inv;
                }
                self.prog.types.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.typ(elem);
                self.prog.types.slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = self.array_len(len);
                let t = self.typ(elem);
                match n {
                    Some(n) => self.prog.types.intern(TypeKind::Array(n, t)),
                    None => inv,
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.typ(key);
                let v = self.typ(value);
                if !self.prog.types.is_invalid(k)
                    && !self.prog.types.comparable(k)
                    && !self.prog.types.is_invalid(self.prog.types.underlying(k))
                {
                    let ks = self.tstr(k);
                    self.error(key.span, format!("invalid map key type {ks}"));
                    return inv;
                }
                self.prog.types.intern(TypeKind::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.typ(elem);
                self.prog.types.intern(TypeKind::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => {
                let saved = std::mem::replace(&mut self.constraint_elems, false);
                let t = self.interface_type(elems);
                let is_constraint = std::mem::replace(&mut self.constraint_elems, saved);
                if is_constraint {
                    if self.decl_rhs == Some(e.id) {
                        self.constraint_pending = true;
                    } else {
                        let es = self.estr(e);
                        self.error(e.span, format!("cannot use type {es} outside a type constraint: interface contains type constraints"));
                        return inv;
                    }
                }
                t
            }
            ExprKind::Ellipsis => {
                self.error(
                    e.span,
                    "invalid use of [...] array (outside a composite literal)",
                );
                inv
            }
            _ => {
                let x = self.expr(e, None);
                if x.is_valid() {
                    let s = self.operand_string(&x);
                    self.error(e.span, format!("{s} is not a type"));
                }
                inv
            }
        }
    }

    /// The type named by object `o` (resolving it first).
    fn type_of_obj(&mut self, o: ObjId, e: &'a Expr) -> TypeId {
        let inv = self.invalid();
        match self.obj(o).kind {
            ObjKind::TypeName { .. } => {
                self.resolve(o);
                let t = self.obj(o).ty;
                if self.constraint_types.contains(&t) {
                    let name = self.obj(o).name.clone();
                    self.error(e.span, format!("cannot use type {name} outside a type constraint: interface contains type constraints"));
                    return inv;
                }
                if &*self.obj(o).name == "comparable" && self.obj(o).pkg.is_none() {
                    self.error(e.span, "cannot use type comparable outside a type constraint: interface is (or embeds) comparable");
                    return inv;
                }
                t
            }
            _ => {
                let ob = self.obj(o);
                let msg = format!("{} ({}) is not a type", ob.name, object_kind(ob));
                if let ObjKind::Var(_) = ob.kind {
                    if let Some(v) = self.var_mut(o) {
                        v.used = true;
                    }
                }
                self.error(e.span, msg);
                inv
            }
        }
    }

    /// `pkg.Name`: the exported member of package `p`, or an error.
    pub(crate) fn pkg_member(
        &mut self,
        p: PkgId,
        sel: &'a ast::Ident,
        e: &'a Expr,
    ) -> Option<ObjId> {
        let pkg = &self.prog.packages[p.0 as usize];
        let pname = pkg.name.clone();
        let found = pkg.scope.get(&sel.name).copied();
        let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
        match found {
            Some(o) => {
                if !exported {
                    self.error(
                        sel.span,
                        format!("name {} not exported by package {}", sel.name, pname),
                    );
                }
                self.record_use(sel, o);
                Some(o)
            }
            None => {
                if let Some(o) = self.generic_func(p, &sel.name) {
                    self.record_use(sel, o);
                    return Some(o);
                }
                let pkg = &self.prog.packages[p.0 as usize];
                let lower = sel.name.to_lowercase();
                let mut alts: Vec<&Name> = pkg
                    .scope
                    .keys()
                    .filter(|n| {
                        n.to_lowercase() == lower
                            && n.chars().next().is_some_and(char::is_uppercase)
                    })
                    .collect();
                alts.sort();
                let es = self.estr(e);
                let msg = match alts.first() {
                    Some(a) => format!("undefined: {es} (but have {a})"),
                    None => format!("undefined: {es}"),
                };
                self.error(sel.span, msg);
                None
            }
        }
    }

    fn array_len(&mut self, len: &'a Expr) -> Option<u64> {
        if let ExprKind::Ellipsis = len.kind {
            self.error(
                len.span,
                "invalid use of [...] array (outside a composite literal)",
            );
            return None;
        }
        if let ExprKind::Ident(id) = &len.kind {
            // gc does not evaluate a non-constant name here (so it stays unused).
            match self.lookup(&id.name) {
                None => {
                    self.error(
                        len.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return None;
                }
                Some(o) if !matches!(self.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(len.span, format!("invalid array length {}", id.name));
                    return None;
                }
                _ => {}
            }
        }
        let x = self.expr(len, None);
        if !x.is_valid() {
            return None;
        }
        let Some(v) = x.val.clone() else {
            let s = self.operand_string(&x);
            self.error(len.span, format!("array length {s} must be constant"));
            return None;
        };
        let is_int = self
            .prog
            .types
            .basic_kind(x.ty)
            .is_some_and(|k| k.is_integer());
        if self.prog.types.is_untyped(x.ty) || is_int {
            if let Some(n) = v.to_int().and_then(|i| i64::try_from(i).ok()) {
                if n >= 0 {
                    self.convert_untyped(&x, self.basic(BasicKind::Int));
                    return Some(n as u64);
                }
            }
        }
        let s = self.operand_string(&x);
        if is_int || (self.prog.types.is_untyped(x.ty) && v.to_int().is_some()) {
            self.error(len.span, format!("invalid array length {s}"));
        } else {
            self.error(len.span, format!("array length {s} must be integer"));
        }
        None
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<Name, ast::Span> = std::collections::HashMap::new();
        for f in fields {
            let t = self.typ(&f.ty);
            if f.names.is_empty() {
                // Embedded: T, *T, pkg.T, *pkg.T.
                let mut base = &f.ty;
                let mut is_ptr = false;
                loop {
                    match &base.kind {
                        ExprKind::Star(x) => {
                            is_ptr = true;
                            base = x;
                        }
                        ExprKind::Paren(x) => base = x,
                        _ => break,
                    }
                }
                let (name, span) = match &base.kind {
                    ExprKind::Ident(i) => (i.name.clone(), i.span),
                    ExprKind::Selector { sel, .. } => (sel.name.clone(), sel.span),
                    _ => ("?".into(), f.ty.span),
                };
                if is_ptr {
                    let elem = self.prog.types.pointer_elem(t);
                    if let Some(el) = elem {
                        if self.prog.types.is_interface(el) {
                            self.error(
                                f.ty.span,
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    }
                } else if self.prog.types.pointer_elem(t).is_some() && self.prog.types.is_named(t) {
                    self.error(f.ty.span, "embedded field type cannot be a pointer");
                }
                if let Some(prev) = seen.get(&name).copied() {
                    let pos = self.pos_string(prev);
                    self.error(
                        span,
                        format!("{name} redeclared\n\t{pos}: other declaration of {name}"),
                    );
                } else {
                    seen.insert(name.clone(), span);
                }
                out.push(Field {
                    name,
                    ty: t,
                    embedded: true,
                    tag: f.tag.clone(),
                });
            } else {
                for n in &f.names {
                    if !n.is_blank() {
                        if let Some(prev) = seen.get(&n.name).copied() {
                            let pos = self.pos_string(prev);
                            self.error(
                                n.span,
                                format!(
                                    "{} redeclared\n\t{pos}: other declaration of {}",
                                    n.name, n.name
                                ),
                            );
                        } else {
                            seen.insert(n.name.clone(), n.span);
                        }
                    }
                    out.push(Field {
                        name: n.name.clone(),
                        ty: t,
                        embedded: false,
                        tag: f.tag.clone(),
                    });
                }
            }
        }
        self.prog.types.intern(TypeKind::Struct(out))
    }

    fn interface_type(&mut self, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut spans: Vec<(Name, ast::Span)> = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, ty } => {
                    let sig = self.signature(ty);
                    if name.is_blank() {
                        self.error(name.span, "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some((_, prev)) = spans.iter().find(|(n, _)| *n == name.name) {
                        let pos = self.pos_string(*prev);
                        self.error(
                            name.span,
                            format!(
                                "duplicate method {}\n\t{pos}: other declaration of method {}",
                                name.name, name.name
                            ),
                        );
                        continue;
                    }
                    spans.push((name.name.clone(), name.span));
                    methods.push(IfaceMethod {
                        name: name.name.clone(),
                        sig,
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    let t = self.typ(e);
                    if self.prog.types.is_invalid(t) {
                        continue;
                    }
                    if !self.prog.types.is_interface(t) {
                        // A type element: the interface is a constraint, which
                        // can only be declared (gorun has no generics).
                        self.constraint_elems = true;
                        continue;
                    }
                    for m in self.prog.types.iface_methods(t).to_vec() {
                        match methods.iter().find(|x| x.name == m.name) {
                            Some(x) if x.sig != m.sig => {
                                self.error(e.span, format!("duplicate method {}", m.name));
                            }
                            Some(_) => {}
                            None => methods.push(m),
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.prog.types.intern(TypeKind::Interface(methods))
    }

    /// The function type of a signature (parameter names are not part of it).
    pub(crate) fn signature(&mut self, ft: &'a ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.typ(&f.ty);
            if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.ty.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.prog.types.slice(t);
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.typ(&f.ty);
            if f.variadic {
                self.error(f.ty.span, "can only use ... with final parameter in list");
            }
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.prog.types.func(params, results, variadic)
    }

    /// Declares parameters and named results of a function in the current
    /// scope; returns the named result objects.
    pub(crate) fn declare_params(&mut self, ft: &'a ast::FuncType, sig: TypeId) -> Vec<ObjId> {
        let s = self.prog.types.signature(sig).cloned();
        let Some(s) = s else { return Vec::new() };
        self.declare_fields(&ft.params, &s.params);
        self.declare_fields(&ft.results, &s.results)
    }

    /// Declares the named fields of a parameter or result list, `types`
    /// holding one type per entry (an unnamed field takes one too); returns
    /// the declared objects.
    fn declare_fields(&mut self, fields: &'a [ast::Field], types: &[TypeId]) -> Vec<ObjId> {
        let mut declared = Vec::new();
        let mut i = 0;
        for f in fields {
            for n in &f.names {
                let t = types.get(i).copied().unwrap_or(self.invalid());
                i += 1;
                let v = self.new_var(n.name.clone(), t, n.span);
                if let Some(vi) = self.var_mut(v) {
                    vi.param = true;
                }
                if let Some(a) = self.alias_of_type_expr(&f.ty) {
                    self.obj_alias.insert(v, a);
                }
                self.set_decl_display(v, &f.ty);
                self.declare(n, v);
                declared.push(v);
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        declared
    }
}
