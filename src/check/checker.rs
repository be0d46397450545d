//! The checker's state: the program being built, the error list, scopes and
//! the context of the code being checked (package, file, function).
//!
//! Scopes follow the spec: universe → package → file (imports) → function →
//! blocks. Block scopes are a stack of small maps pushed and popped as the
//! statement walker enters and leaves blocks; package-level objects are
//! resolved lazily ([`Checker::resolve`]) so declarations may come in any
//! order, with a save/restore of the local context around each resolution.

use crate::check::constant::ConstValue;
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Name, NodeId, Span};
use std::collections::HashMap;

/// Resolution state of a package-level object (go/types' object colours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// How to resolve a package-level object: where its declaration is.
#[derive(Clone, Copy)]
pub(crate) enum DeclRef<'a> {
    Const {
        file: FileId,
        spec: &'a ast::ValueSpec,
        index: usize,
        inherited: Option<&'a ast::ValueSpec>,
    },
    Var {
        file: FileId,
        spec: &'a ast::ValueSpec,
    },
    Type {
        file: FileId,
        spec: &'a ast::TypeSpec,
    },
    Func {
        file: FileId,
        decl: &'a ast::FuncDecl,
    },
}

/// One block scope.
#[derive(Default)]
pub(crate) struct Scope {
    pub names: HashMap<Name, ObjId>,
    /// Variables declared here, in order (for "declared and not used").
    pub vars: Vec<ObjId>,
}

/// What the enclosing function looks like, for `return` and closures.
#[derive(Clone)]
pub(crate) struct FuncCtx {
    /// The signature type of the function being checked.
    pub sig: TypeId,
    /// Named result objects (empty if results are unnamed).
    pub named_results: Vec<ObjId>,
    /// Identity of the function (literal) for capture detection.
    pub id: u32,
}

/// The local context saved while a package-level object is resolved.
pub(crate) struct LocalCtx {
    pub scopes: Vec<Scope>,
    pub func: Option<FuncCtx>,
    pub file: FileId,
    pub iota: Option<i64>,
}

pub(crate) struct Checker<'a> {
    pub files: &'a [CheckedFile],
    pub prog: Program,
    pub errors: Vec<FileDiagnostic>,
    pub universe: HashMap<Name, ObjId>,
    /// Per file: imported package names (and dot-imported objects).
    pub file_scopes: Vec<HashMap<Name, ObjId>>,
    /// Per file: import objects to report if unused, with the import span.
    pub pkg: PkgId,
    pub file: FileId,
    pub scopes: Vec<Scope>,
    pub func: Option<FuncCtx>,
    pub next_func_id: u32,
    /// For each object: the function id that declares it (locals only).
    pub obj_func: HashMap<ObjId, u32>,
    pub colors: HashMap<ObjId, Color>,
    pub decls: HashMap<ObjId, DeclRef<'a>>,
    /// Current value of iota inside a constant declaration.
    pub iota: Option<i64>,
    /// Package-level objects in use order of their initialisers: dependencies
    /// of the object being resolved (for init order).
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub dep_stack: Vec<ObjId>,
    /// Import objects (PkgName) that were used.
    pub used_imports: std::collections::HashSet<ObjId>,
    /// Abstract method objects of interface types, by (interface, name).
    pub iface_methods: HashMap<(TypeId, Name), ObjId>,
    /// Non-constant shifts whose left operand is an untyped constant.
    pub shift_lhs: std::collections::HashSet<NodeId>,
    /// Variables whose type comes from their initialiser, not yet typed.
    pub untyped_vars: std::collections::HashSet<ObjId>,
    /// Expressions whose uint8/int32 type is spelled `byte`/`rune` in
    /// messages (types2 keeps those names; identity is unaffected).
    pub alias: HashMap<NodeId, &'static str>,
    /// Variables and functions whose declared type is spelled differently
    /// from its canonical string (see `display_of`).
    pub obj_display: HashMap<ObjId, String>,
    /// Objects declared with type `byte`/`rune`.
    pub obj_alias: HashMap<ObjId, &'static str>,
    /// The spelled name of the target type of the assignment being checked.
    pub target_display: Option<String>,
    /// An interface literal being checked has type elements (a constraint).
    pub constraint_elems: bool,
    /// The type declaration being resolved has a constraint interface as RHS.
    pub constraint_pending: bool,
    /// The RHS type expression of the type declaration being resolved.
    pub decl_rhs: Option<NodeId>,
    /// Named constraint interfaces (usable in no type position in gorun).
    pub constraint_types: std::collections::HashSet<TypeId>,
    /// What to report beyond the spec.
    pub opts: crate::check::CheckOptions,
    /// Current recursion depth (expressions and statements).
    pub depth: u32,
    /// Unused variables of the function being checked, reported at its end.
    pub unused: Vec<(Span, Name)>,
    /// The declared parameter list shown for a generic call being checked.
    pub generic_want: Option<&'static str>,
    /// Func objects of the generic `slices`/`maps` functions, by package and name.
    pub generic_objs: HashMap<(PkgId, Name), ObjId>,
    /// Package-level initialisers keyed by their first variable.
    pub pending_inits: HashMap<ObjId, (PkgId, Initializer)>,
}

impl<'a> Checker<'a> {
    /// Deepest nesting of expressions and statements checked; deeper input
    /// gets an error instead of exhausting the checking thread's stack.
    pub const MAX_DEPTH: u32 = 10_000;

    pub fn new(files: &'a [CheckedFile], prog: Program) -> Self {
        let n = files.len();
        Checker {
            files,
            prog,
            errors: Vec::new(),
            universe: HashMap::new(),
            file_scopes: vec![HashMap::new(); n],
            pkg: PkgId(0),
            file: FileId(0),
            scopes: Vec::new(),
            func: None,
            next_func_id: 1,
            obj_func: HashMap::new(),
            colors: HashMap::new(),
            decls: HashMap::new(),
            iota: None,
            deps: HashMap::new(),
            dep_stack: Vec::new(),
            used_imports: Default::default(),
            iface_methods: HashMap::new(),
            shift_lhs: Default::default(),
            untyped_vars: Default::default(),
            pending_inits: HashMap::new(),
            generic_objs: HashMap::new(),
            generic_want: None,
            unused: Vec::new(),
            depth: 0,
            opts: Default::default(),
            constraint_elems: false,
            constraint_pending: false,
            decl_rhs: None,
            constraint_types: Default::default(),
            alias: HashMap::new(),
            obj_alias: HashMap::new(),
            obj_display: HashMap::new(),
            target_display: None,
        }
    }

    // ---- errors ----

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(FileDiagnostic {
            file: self.file,
            diag: Diagnostic::new(span, msg),
        });
    }

    // ---- types shorthands ----

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.prog.types.basic(k)
    }
    pub fn invalid(&self) -> TypeId {
        self.prog.types.invalid()
    }
    /// `byte` or `rune` if type expression `e` spells one of them.
    pub fn alias_of_type_expr(&self, e: &ast::Expr) -> Option<&'static str> {
        match &e.kind {
            ast::ExprKind::Ident(i) => {
                let o = self.prog.uses.get(i.id)?;
                if self.obj(*o).pkg.is_some() {
                    return None;
                }
                match &*i.name {
                    "byte" => Some("byte"),
                    "rune" => Some("rune"),
                    _ => None,
                }
            }
            ast::ExprKind::Paren(x) => self.alias_of_type_expr(x),
            _ => None,
        }
    }

    /// Remembers how object `o`'s declared type expression `te` spells its
    /// type, if that differs from the canonical string.
    pub fn set_decl_display(&mut self, o: ObjId, te: &ast::Expr) {
        let d = crate::check::exprstring::expr_string(
            te,
            &self.files[self.file.0 as usize].source.text,
        );
        if d != self.tstr(self.obj(o).ty) {
            self.obj_display.insert(o, d);
        }
    }

    /// The type of an operand as types2 spells it (`byte`, `rune` kept).
    pub fn tstr_at(&self, t: TypeId, e: &ast::Expr) -> String {
        if matches!(
            self.prog.types.kind(t),
            crate::check::types::TypeKind::Basic(BasicKind::Uint8 | BasicKind::Int32)
        ) {
            if let Some(a) = self.alias.get(&e.id) {
                return (*a).to_string();
            }
        }
        if let Some(d) = self.display_of(e) {
            return d;
        }
        self.tstr(t)
    }

    pub fn tstr(&self, t: TypeId) -> String {
        let local = self
            .prog
            .packages
            .get(self.pkg.0 as usize)
            .map(|p| p.path.clone())
            .unwrap_or_else(|| "main".into());
        self.prog.types.type_string_for(t, &local)
    }

    pub fn pkg_path(&self) -> Name {
        self.prog.packages[self.pkg.0 as usize].path.clone()
    }
    pub fn is_std(&self) -> bool {
        self.files[self.file.0 as usize].std
    }

    // ---- objects ----

    pub fn new_obj(&mut self, kind: ObjKind, name: Name, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.prog.objs.len() as u32);
        self.prog.objs.push(Object {
            kind,
            name,
            pkg: Some(self.pkg),
            ty,
            file: Some(self.file),
            span,
        });
        if let Some(f) = &self.func {
            self.obj_func.insert(id, f.id);
        }
        id
    }
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.prog.objs[id.0 as usize]
    }
    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.prog.objs[id.0 as usize]
    }
    pub fn var_mut(&mut self, id: ObjId) -> Option<&mut VarInfo> {
        match &mut self.prog.objs[id.0 as usize].kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
    pub fn new_var(&mut self, name: Name, ty: TypeId, span: Span) -> ObjId {
        self.new_obj(ObjKind::Var(VarInfo::default()), name, ty, span)
    }

    pub fn record_def(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.prog.defs.insert(ident.id, obj);
    }
    pub fn record_use(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.prog.uses.insert(ident.id, obj);
    }
    pub fn record(&mut self, id: NodeId, mode: Mode, ty: TypeId, value: Option<ConstValue>) {
        self.prog
            .types_of
            .insert(id, TypeAndValue { mode, ty, value });
    }

    // ---- scopes ----

    pub fn open_scope(&mut self) {
        self.scopes.push(Scope::default());
    }
    /// Closes the innermost block scope, reporting unused variables.
    pub fn close_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            for v in scope.vars {
                let o = self.obj(v);
                if let ObjKind::Var(info) = &o.kind {
                    if !info.used && !info.param && &*o.name != "_" {
                        let (span, name) = (o.span, o.name.clone());
                        self.unused.push((span, name));
                    }
                }
            }
        }
    }
    /// Reports the unused variables of the function just checked, in
    /// position order (types2 does this at the end of each function body).
    pub fn flush_unused(&mut self) {
        let mut list = std::mem::take(&mut self.unused);
        if !self.opts.unused_errors {
            return;
        }
        list.sort_by_key(|(s, _)| s.lo);
        for (span, name) in list {
            self.error(span, format!("declared and not used: {name}"));
        }
    }

    /// Declares `obj` under `ident` in the innermost scope ("x redeclared in
    /// this block" if already there). Blank identifiers declare nothing.
    pub fn declare(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.record_def(ident, obj);
        if ident.is_blank() {
            return;
        }
        let is_var = matches!(self.obj(obj).kind, ObjKind::Var(_));
        let Some(scope) = self.scopes.last_mut() else {
            return;
        };
        if let Some(&prev) = scope.names.get(&ident.name) {
            let other = self.other_decl(prev);
            self.error(
                ident.span,
                format!("{} redeclared in this block{other}", ident.name),
            );
            return;
        }
        scope.names.insert(ident.name.clone(), obj);
        if is_var {
            scope.vars.push(obj);
        }
    }
    /// gc's second line pointing at a previous declaration.
    pub fn other_decl(&self, prev: ObjId) -> String {
        let o = self.obj(prev);
        match o.file {
            Some(f) => {
                let src = &self.files[f.0 as usize].source;
                let (l, c) = src.line_col(o.span.lo);
                format!(
                    "\n\t{}:{}:{}: other declaration of {}",
                    src.name, l, c, o.name
                )
            }
            None => String::new(),
        }
    }

    /// Looks `name` up from the innermost scope out to the universe.
    pub fn lookup(&mut self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        if let Some(&o) = self.prog.packages[self.pkg.0 as usize].scope.get(name) {
            return Some(o);
        }
        if let Some(&o) = self.file_scopes[self.file.0 as usize].get(name) {
            return Some(o);
        }
        self.universe.get(name).copied()
    }

    /// Swaps the local context out (to resolve a package-level object).
    pub fn save_ctx(&mut self, file: FileId) -> LocalCtx {
        let saved = LocalCtx {
            scopes: std::mem::take(&mut self.scopes),
            func: self.func.take(),
            file: self.file,
            iota: self.iota.take(),
        };
        self.file = file;
        saved
    }
    pub fn restore_ctx(&mut self, c: LocalCtx) {
        self.scopes = c.scopes;
        self.func = c.func;
        self.file = c.file;
        self.iota = c.iota;
    }

    /// Checks every expression (for errors and "used" marks) and tells
    /// whether all of them are valid.
    pub fn all_valid(&mut self, exprs: &'a [ast::Expr]) -> bool {
        let mut ok = true;
        for e in exprs {
            ok &= self.raw_expr(e, None).is_valid();
        }
        ok
    }

    /// Marks a variable read; detects captures by closures.
    pub fn use_var(&mut self, obj: ObjId) {
        let captured = match (&self.func, self.obj_func.get(&obj)) {
            (Some(f), Some(&decl_fn)) => f.id != decl_fn,
            _ => false,
        };
        if let Some(v) = self.var_mut(obj) {
            v.used = true;
            if captured {
                v.captured = true;
            }
        }
    }
}
