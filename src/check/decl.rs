//! Package-level declarations: collecting them into the package scope,
//! resolving them lazily in any order (go/types' `objDecl` with object
//! colours), methods attached to their receiver types, and the checking of
//! function bodies once every package-level name is known.

use crate::check::checker::{Checker, Color, DeclRef, FuncCtx};
use crate::check::info::*;
use crate::check::types::{TypeId, TypeKind};
use crate::syntax::ast::{self, Name};

impl<'a> Checker<'a> {
    /// Checks one package whose files are `files` (ids into `self.files`).
    pub(crate) fn check_package(&mut self, pkg: PkgId, files: &[FileId]) {
        self.pkg = pkg;
        let mut order: Vec<ObjId> = Vec::new();
        let mut methods: Vec<(FileId, &'a ast::FuncDecl, u32)> = Vec::new();
        let mut funcs: Vec<(FileId, &'a ast::FuncDecl, ObjId)> = Vec::new();
        let mut imports: Vec<(ObjId, FileId, &'a ast::ImportSpec)> = Vec::new();
        for &f in files {
            self.file = f;
            let ast = &self.files[f.0 as usize].ast;
            for imp in &ast.imports {
                if let Some(o) = self.declare_import(imp) {
                    imports.push((o, f, imp));
                }
            }
            for (di, d) in ast.decls.iter().enumerate() {
                self.collect_decl(f, di as u32, d, &mut order, &mut methods, &mut funcs);
            }
        }
        // Attach methods to their receiver base types.
        for &(f, decl, di) in &methods {
            self.file = f;
            if let Some(m) = self.collect_method(f, decl, di) {
                funcs.push((f, decl, m));
                order.push(m);
            }
        }
        // Resolve every package-level object.
        for &o in &order {
            self.resolve(o);
        }
        // Bodies.
        for &(f, decl, obj) in &funcs {
            self.file = f;
            if let Some(body) = &decl.body {
                self.dep_stack.push(obj);
                let sig = self.obj(obj).ty;
                self.func_body(obj, decl.recv.as_ref(), &decl.ty, sig, body);
                self.dep_stack.pop();
            } else if !self.is_std() {
                self.error(decl.name.span, "missing function body");
            }
        }
        self.compute_init_order(pkg, &order);
        let imports = if self.opts.unused_errors {
            imports
        } else {
            Vec::new()
        };
        for (o, f, imp) in imports {
            if !self.used_imports.contains(&o) {
                self.file = f;
                let pkg_name = match self.obj(o).kind {
                    ObjKind::PkgName(p) => self.prog.packages[p.0 as usize].name.clone(),
                    _ => continue,
                };
                let msg = match &imp.name {
                    Some(n) if *n.name != *pkg_name => {
                        format!("{:?} imported as {} and not used", imp.path, n.name)
                    }
                    _ => format!("{:?} imported and not used", imp.path),
                };
                let at = imp.name.as_ref().map_or(imp.path_span, |n| n.span);
                self.error(at, msg);
            }
        }
        if self.prog.packages[pkg.0 as usize].path.as_ref() == "main" {
            match self.prog.packages[pkg.0 as usize]
                .scope
                .get("main")
                .copied()
            {
                Some(m) if matches!(self.obj(m).kind, ObjKind::Func(_)) => {
                    self.prog.main_func = Some(m)
                }
                _ => {
                    // A linker error in gc: only when compiling succeeded.
                    if self.opts.require_main && !files.is_empty() && self.errors.is_empty() {
                        self.file = files[0];
                        self.error(ast::Span::default(), MAIN_UNDECLARED);
                    }
                }
            }
        }
    }

    fn declare_import(&mut self, imp: &'a ast::ImportSpec) -> Option<ObjId> {
        let target = self
            .prog
            .packages
            .iter()
            .position(|p| *p.path == *imp.path)?;
        let target = PkgId(target as u32);
        let tname = self.prog.packages[target.0 as usize].name.clone();
        let inv = self.invalid();
        match imp.name.as_ref().map(|n| &*n.name) {
            Some("_") => None,
            Some(".") => {
                let names: Vec<(Name, ObjId)> = self.prog.packages[target.0 as usize]
                    .scope
                    .iter()
                    .filter(|(n, _)| n.chars().next().is_some_and(char::is_uppercase))
                    .map(|(n, o)| (n.clone(), *o))
                    .collect();
                for (n, o) in names {
                    self.file_scopes[self.file.0 as usize].insert(n, o);
                }
                None
            }
            other => {
                let name: Name = other.map(Name::from).unwrap_or(tname);
                let o = self.new_obj(ObjKind::PkgName(target), name.clone(), inv, imp.span);
                if let Some(n) = &imp.name {
                    self.record_def(n, o);
                }
                if self.file_scopes[self.file.0 as usize]
                    .insert(name.clone(), o)
                    .is_some()
                {
                    self.error(imp.path_span, format!("{name} redeclared in this block"));
                }
                let p = &mut self.prog.packages[self.pkg.0 as usize];
                if !p.imports.contains(&target) {
                    p.imports.push(target);
                }
                Some(o)
            }
        }
    }

    /// Declares a package-scope object; reports redeclaration.
    fn declare_pkg(&mut self, ident: &'a ast::Ident, obj: ObjId) {
        self.record_def(ident, obj);
        if ident.is_blank() {
            return;
        }
        if !matches!(self.obj(obj).kind, ObjKind::Func(_)) {
            let is_main_pkg = &*self.prog.packages[self.pkg.0 as usize].name == "main";
            if &*ident.name == "init" || (&*ident.name == "main" && is_main_pkg) {
                self.error(
                    ident.span,
                    format!("cannot declare {} - must be func", ident.name),
                );
                return;
            }
        }
        let scope = &mut self.prog.packages[self.pkg.0 as usize].scope;
        if let Some(&prev) = scope.get(&ident.name) {
            let other = self.other_decl(prev);
            self.error(
                ident.span,
                format!("{} redeclared in this block{other}", ident.name),
            );
            return;
        }
        scope.insert(ident.name.clone(), obj);
    }

    fn collect_decl(
        &mut self,
        f: FileId,
        di: u32,
        d: &'a ast::Decl,
        order: &mut Vec<ObjId>,
        methods: &mut Vec<(FileId, &'a ast::FuncDecl, u32)>,
        funcs: &mut Vec<(FileId, &'a ast::FuncDecl, ObjId)>,
    ) {
        let inv = self.invalid();
        match d {
            ast::Decl::Const(cd) => {
                let mut last: Option<&'a ast::ValueSpec> = None;
                for spec in &cd.specs {
                    let inherited = if spec.values.is_empty() && spec.ty.is_none() {
                        last
                    } else {
                        None
                    };
                    if !spec.values.is_empty() || spec.ty.is_some() {
                        last = Some(spec);
                    }
                    for (i, n) in spec.names.iter().enumerate() {
                        let o = self.new_obj(
                            ObjKind::Const(crate::check::constant::ConstValue::int(0)),
                            n.name.clone(),
                            inv,
                            n.span,
                        );
                        self.declare_pkg(n, o);
                        self.decls.insert(
                            o,
                            DeclRef::Const {
                                file: f,
                                spec,
                                index: i,
                                inherited,
                            },
                        );
                        self.colors.insert(o, Color::White);
                        order.push(o);
                    }
                }
            }
            ast::Decl::Var(vd) => {
                for spec in &vd.specs {
                    for n in &spec.names {
                        let o = self.new_var(n.name.clone(), inv, n.span);
                        if let Some(v) = self.var_mut(o) {
                            v.global = true;
                            v.used = true;
                        }
                        self.declare_pkg(n, o);
                        self.decls.insert(o, DeclRef::Var { file: f, spec });
                        self.colors.insert(o, Color::White);
                        order.push(o);
                    }
                }
            }
            ast::Decl::Type(td) => {
                for spec in &td.specs {
                    let o = self.declare_type_name(spec, false);
                    self.declare_pkg(&spec.name, o);
                    self.decls.insert(o, DeclRef::Type { file: f, spec });
                    self.colors.insert(o, Color::White);
                    order.push(o);
                }
            }
            ast::Decl::Func(fd) => {
                if fd.recv.is_some() {
                    methods.push((f, fd, di));
                    return;
                }
                let body = if fd.body.is_some() {
                    FuncBody::Decl { file: f, decl: di }
                } else {
                    FuncBody::Native { file: f, decl: di }
                };
                let o = self.new_obj(
                    ObjKind::Func(FuncInfo { body, recv: None }),
                    fd.name.name.clone(),
                    inv,
                    fd.name.span,
                );
                let name = &*fd.name.name;
                if name == "init" {
                    self.record_def(&fd.name, o);
                    if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                        self.error(
                            fd.name.span,
                            "func init must have no arguments and no return values",
                        );
                    }
                    self.prog.packages[self.pkg.0 as usize].init_funcs.push(o);
                } else {
                    if name == "main"
                        && self.pkg_path().as_ref() == "main"
                        && (!fd.ty.params.is_empty() || !fd.ty.results.is_empty())
                    {
                        self.error(
                            fd.name.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                    self.declare_pkg(&fd.name, o);
                }
                self.decls.insert(o, DeclRef::Func { file: f, decl: fd });
                self.colors.insert(o, Color::White);
                order.push(o);
                funcs.push((f, fd, o));
            }
        }
    }

    /// Creates the TypeName object and (for a non-alias) its Named type.
    pub(crate) fn declare_type_name(&mut self, spec: &'a ast::TypeSpec, local: bool) -> ObjId {
        let inv = self.invalid();
        let o = self.new_obj(
            ObjKind::TypeName { alias: spec.alias },
            spec.name.name.clone(),
            inv,
            spec.name.span,
        );
        if !spec.alias {
            let path = self.pkg_path();
            let pname = self.prog.packages[self.pkg.0 as usize].name.clone();
            let t = self.prog.types.new_named(
                o,
                spec.name.name.clone(),
                Some(path),
                Some(pname),
                local,
            );
            self.obj_mut(o).ty = t;
        }
        o
    }

    /// The receiver's base type name `T` of `func (r *T) M()`.
    fn recv_base(e: &ast::Expr) -> Option<&ast::Ident> {
        match &e.kind {
            ast::ExprKind::Ident(i) => Some(i),
            ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => Self::recv_base(x),
            _ => None,
        }
    }

    fn collect_method(&mut self, f: FileId, decl: &'a ast::FuncDecl, di: u32) -> Option<ObjId> {
        let recv = decl.recv.as_ref()?;
        let inv = self.invalid();
        let body = if decl.body.is_some() {
            FuncBody::Decl { file: f, decl: di }
        } else {
            FuncBody::Native { file: f, decl: di }
        };
        let o = self.new_obj(
            ObjKind::Func(FuncInfo { body, recv: None }),
            decl.name.name.clone(),
            inv,
            decl.name.span,
        );
        self.record_def(&decl.name, o);
        self.decls.insert(o, DeclRef::Func { file: f, decl });
        self.colors.insert(o, Color::White);
        let base = Self::recv_base(&recv.ty)?;
        let tobj = self.prog.packages[self.pkg.0 as usize]
            .scope
            .get(&base.name)
            .copied();
        let Some(tobj) = tobj else {
            // Reported when the receiver type is resolved.
            return Some(o);
        };
        let t = self.obj(tobj).ty;
        if self.prog.types.is_named(t) {
            if decl.name.is_blank() {
                return Some(o);
            }
            let dup = self.prog.types.named(t).and_then(|n| {
                n.methods
                    .iter()
                    .copied()
                    .find(|m| self.prog.objs[m.0 as usize].name == decl.name.name)
            });
            if let Some(prev) = dup {
                let pos = self.pos_string(self.obj(prev).span);
                self.error(
                    decl.name.span,
                    format!(
                        "method {}.{} already declared at {pos}",
                        base.name, decl.name.name
                    ),
                );
                return Some(o);
            }
            self.prog.types.add_method(t, o);
        }
        Some(o)
    }

    /// Resolves a package-level object's type (and constant value).
    pub(crate) fn resolve(&mut self, o: ObjId) {
        match self.colors.get(&o).copied() {
            None | Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.report_cycle(o);
                return;
            }
            Some(Color::White) => {}
        }
        let Some(d) = self.decls.get(&o).copied() else {
            return;
        };
        self.colors.insert(o, Color::Grey);
        match d {
            DeclRef::Const {
                file,
                spec,
                index,
                inherited,
            } => {
                let saved = self.save_ctx(file);
                self.const_decl(o, spec, index, inherited);
                self.restore_ctx(saved);
            }
            DeclRef::Var { file, spec, .. } => {
                let saved = self.save_ctx(file);
                self.dep_stack.push(o);
                self.global_var_spec(spec);
                self.dep_stack.pop();
                self.restore_ctx(saved);
            }
            DeclRef::Type { file, spec } => {
                let saved = self.save_ctx(file);
                self.type_decl(o, spec);
                self.restore_ctx(saved);
            }
            DeclRef::Func { file, decl } => {
                let saved = self.save_ctx(file);
                self.func_signature(o, decl);
                self.restore_ctx(saved);
            }
        }
        self.colors.insert(o, Color::Black);
    }

    fn report_cycle(&mut self, o: ObjId) {
        let (name, span, is_type, is_func) = {
            let ob = self.obj(o);
            (
                ob.name.clone(),
                ob.span,
                matches!(ob.kind, ObjKind::TypeName { .. }),
                matches!(ob.kind, ObjKind::Func(_)),
            )
        };
        let is_var = matches!(self.obj(o).kind, ObjKind::Var(_));
        if is_func || is_type || is_var {
            // Variables: the type stays invalid; the cycle is reported by
            // the initialisation order (as types2 does).
            // Functions may recurse; a named type may refer to itself (invalid
            // containment cycles are found by check_valid_type).
            return;
        }
        let file = self.obj(o).file.unwrap_or(self.file);
        let saved = self.file;
        self.file = file;
        if is_type {
            self.error(
                span,
                format!("invalid recursive type: {name} refers to itself"),
            );
        } else {
            self.error(
                span,
                format!("initialization cycle or invalid recursive reference to {name}"),
            );
        }
        self.file = saved;
        self.colors.insert(o, Color::Black);
    }

    fn type_decl(&mut self, o: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            let t = self.typ(&spec.ty);
            self.obj_mut(o).ty = t;
            return;
        }
        let named = self.obj(o).ty;
        let saved = self.decl_rhs.replace(spec.ty.id);
        let u = self.typ(&spec.ty);
        self.decl_rhs = saved;
        if std::mem::take(&mut self.constraint_pending) {
            self.constraint_types.insert(named);
        }
        self.prog.types.set_underlying(named, u);
        self.check_valid_type(named, spec);
    }

    /// A local type declaration inside a function body.
    pub(crate) fn local_type_decl(&mut self, spec: &'a ast::TypeSpec) {
        let o = self.declare_type_name(spec, true);
        // Declared before its type is resolved so it may refer to itself.
        self.declare(&spec.name, o);
        self.colors.insert(o, Color::Grey);
        self.type_decl(o, spec);
        self.colors.insert(o, Color::Black);
    }

    /// Reports `type T struct{ a T }` and friends (a type containing itself
    /// directly, through struct fields and array elements).
    fn check_valid_type(&mut self, named: TypeId, spec: &'a ast::TypeSpec) {
        let mut path = Vec::new();
        if let Some(cycle) = self.find_cycle(named, named, &mut path, 0) {
            if cycle.len() <= 1 {
                self.error(
                    spec.name.span,
                    format!(
                        "invalid recursive type: {} refers to itself",
                        spec.name.name
                    ),
                );
            } else {
                let mut msg = format!("invalid recursive type {}", spec.name.name);
                for (i, t) in cycle.iter().enumerate() {
                    let next = cycle[(i + 1) % cycle.len()];
                    let (o1, o2) = (
                        self.prog.types.named(*t).map(|n| n.obj),
                        self.prog.types.named(next).map(|n| n.obj),
                    );
                    if let (Some(o1), Some(o2)) = (o1, o2) {
                        let ob = self.obj(o1);
                        let fname = ob.file.map(|f| self.files[f.0 as usize].source.clone());
                        if let Some(src) = fname {
                            let (l, c) = src.line_col(ob.span.lo);
                            msg.push_str(&format!(
                                "\n\t{}:{}:{}: {} refers to {}",
                                src.name,
                                l,
                                c,
                                ob.name,
                                self.obj(o2).name
                            ));
                        }
                    }
                }
                self.error(spec.name.span, msg);
            }
            // Break the cycle so later walks terminate.
            let inv = self.invalid();
            self.prog.types.set_underlying(named, inv);
        }
    }

    fn find_cycle(
        &self,
        root: TypeId,
        t: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> Option<Vec<TypeId>> {
        if depth > 200 {
            return None;
        }
        if self.prog.types.is_named(t) {
            if t == root && depth > 0 {
                return Some(path.clone());
            }
            if path.contains(&t) {
                return None;
            }
            path.push(t);
            let u = self.prog.types.underlying(t);
            let r = self.find_cycle(root, u, path, depth + 1);
            path.pop();
            return r;
        }
        match self.prog.types.kind(t) {
            TypeKind::Struct(fs) => {
                for f in fs.clone() {
                    if let Some(c) = self.find_cycle(root, f.ty, path, depth + 1) {
                        return Some(c);
                    }
                }
                None
            }
            TypeKind::Array(_, e) => self.find_cycle(root, *e, path, depth + 1),
            _ => None,
        }
    }

    fn func_signature(&mut self, o: ObjId, decl: &'a ast::FuncDecl) {
        let mut recv_info = None;
        if let Some(recv) = &decl.recv {
            let rt = self.typ(&recv.ty);
            let (base, ptr) = match self.prog.types.kind(rt) {
                TypeKind::Pointer(b) => (*b, true),
                _ => (rt, false),
            };
            if !self.prog.types.is_invalid(base) {
                let ok_named = self
                    .prog
                    .types
                    .named(base)
                    .is_some_and(|n| n.pkg_path.as_deref() == Some(&*self.pkg_path()));
                if !ok_named {
                    let bs = self.tstr(base);
                    if self.prog.types.is_named(base)
                        || matches!(self.prog.types.kind(base), TypeKind::Basic(_))
                    {
                        self.error(
                            recv.ty.span,
                            format!("cannot define new methods on non-local type {bs}"),
                        );
                    } else {
                        self.error(recv.ty.span, format!("invalid receiver type {bs}"));
                    }
                } else if matches!(
                    self.prog.types.under(base),
                    TypeKind::Pointer(_) | TypeKind::Interface(_)
                ) {
                    self.error(
                        recv.ty.span,
                        format!(
                            "invalid receiver type {} (pointer or interface type)",
                            self.tstr(base)
                        ),
                    );
                } else {
                    // A field and a method with the same name.
                    let fields = self.prog.types.struct_fields(base);
                    if fields.iter().any(|f| f.name == decl.name.name) {
                        let other = match self.field_decl_span(base, &decl.name.name) {
                            Some(s) => format!(
                                "\n\t{}: other declaration of {}",
                                self.pos_string(s),
                                decl.name.name
                            ),
                            None => String::new(),
                        };
                        self.error(
                            decl.name.span,
                            format!(
                                "field and method with the same name {}{other}",
                                decl.name.name
                            ),
                        );
                    }
                }
                recv_info = Some((base, ptr));
            }
        }
        let sig = self.signature(&decl.ty);
        let d = crate::check::exprstring::func_type_string(
            &decl.ty,
            &self.files[self.file.0 as usize].source.text,
        );
        if d != self.tstr(sig) {
            self.obj_display.insert(o, d);
        }
        let ob = self.obj_mut(o);
        ob.ty = sig;
        if let ObjKind::Func(fi) = &mut ob.kind {
            fi.recv = recv_info;
        }
    }

    /// Where field `name` of named struct type `t` is declared (for a
    /// struct type literal written in `t`'s declaration).
    fn field_decl_span(&self, t: TypeId, name: &str) -> Option<ast::Span> {
        let obj = self.prog.types.named(t)?.obj;
        let Some(DeclRef::Type { spec, .. }) = self.decls.get(&obj) else {
            return None;
        };
        let ast::ExprKind::StructType(fields) = &spec.ty.kind else {
            return None;
        };
        fields.iter().find_map(|f| {
            if f.names.is_empty() {
                let mut b = &f.ty;
                while let ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) = &b.kind {
                    b = x;
                }
                match &b.kind {
                    ast::ExprKind::Ident(i) if &*i.name == name => Some(i.span),
                    ast::ExprKind::Selector { sel, .. } if &*sel.name == name => Some(sel.span),
                    _ => None,
                }
            } else {
                f.names.iter().find(|n| &*n.name == name).map(|n| n.span)
            }
        })
    }

    /// Checks a function body: parameters in the function scope, statements,
    /// missing return, unused variables and labels.
    pub(crate) fn func_body(
        &mut self,
        obj: ObjId,
        recv: Option<&'a ast::Field>,
        fty: &'a ast::FuncType,
        sig: TypeId,
        body: &'a ast::Block,
    ) {
        let id = self.next_func_id;
        self.next_func_id += 1;
        let outer = self.func.take();
        self.func = Some(FuncCtx {
            sig,
            named_results: Vec::new(),
            id,
        });
        self.open_scope();
        if let Some(r) = recv {
            let rt = match self.obj(obj).func_info().and_then(|f| f.recv) {
                Some((base, true)) => self.prog.types.pointer(base),
                Some((base, false)) => base,
                None => self.invalid(),
            };
            for n in &r.names {
                let v = self.new_var(n.name.clone(), rt, n.span);
                if let Some(vi) = self.var_mut(v) {
                    vi.param = true;
                }
                self.declare(n, v);
            }
        }
        let named_results = self.declare_params(fty, sig);
        if let Some(f) = &mut self.func {
            f.named_results = named_results;
        }
        let _ = obj;
        self.func_block(body, sig);
        self.close_scope();
        self.flush_unused();
        self.func = outer;
    }
}
