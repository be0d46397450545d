//! Lowering: from the checker's typed tree to the interpreter's tree.
//!
//! What it decides (nothing here runs code):
//! * every function and method (user and library, natives bound by key)
//!   gets a [`FuncId`]; function literals are lowered where they appear and
//!   capture the heap cells of the variables they use;
//! * every variable gets a frame slot; a variable that escapes (captured or
//!   address taken, as the checker's `VarInfo` says) gets a heap cell held
//!   in its slot, created afresh by each execution of its declaration, which
//!   gives Go 1.22 per-iteration loop variables for free in range loops and
//!   by an explicit copy before the post statement of 3-clause loops;
//! * expressions are put in A-normal form: calls, receives and `recover`
//!   become statements assigning temporaries, in Go's left-to-right order,
//!   with `&&`/`||` turned into jumps when their right side needs statements;
//! * structured control flow becomes jumps ([`ir::Instr::Jump`]).
//!
//! Submodules: `func` (function contexts, statements), `expr`
//! (expressions, calls, places), `types` (zero values, kinds, constants).

mod branch;
mod call;
mod expr;
mod func;
mod stmt;
mod types;

use super::ir::{self, Func, Instr, MethodEntry, Program, TypeInfo};
use crate::check::info::{FuncBody, ObjId, ObjKind, Program as Checked};
use crate::check::types::{TypeId, TypeKind};
use crate::check::CheckErrors;
use crate::diag::SourceFile;
use crate::syntax::ast::{self, NodeIds, Span};
use crate::value::{Cell, FuncId, Value};
use std::collections::HashMap;
use std::sync::Arc;

pub use func::FnCx;

/// Parses and checks one user file (with the std packages it imports): the
/// checker's front end, shared with `gorun check`.
pub fn front_end(file: SourceFile) -> Result<Checked, CheckErrors> {
    crate::check::check_source(&file.name, &file.text, &mut NodeIds::new())
}

/// Program-wide lowering state.
pub struct Lowerer<'a> {
    pub cp: &'a Checked,
    pub tt: crate::check::types::TypeTable,
    pub funcs: Vec<Option<Func>>,
    pub func_of: HashMap<ObjId, FuncId>,
    pub globals: HashMap<ObjId, u32>,
    pub global_zero: Vec<Value>,
    /// Closure counters per enclosing top-level function name.
    pub lit_counter: HashMap<String, u32>,
}

/// Lowers a checked program.
pub fn lower_program(cp: Checked) -> Result<Program, String> {
    let mut lw = Lowerer {
        tt: cp.types.clone(),
        cp: &cp,
        funcs: Vec::new(),
        func_of: HashMap::new(),
        globals: HashMap::new(),
        global_zero: Vec::new(),
        lit_counter: HashMap::new(),
    };
    // 1. Number every function and method, and every package variable.
    for (i, o) in cp.objs.iter().enumerate() {
        let id = ObjId(i as u32);
        match &o.kind {
            ObjKind::Func(fi) if fi.body != FuncBody::Abstract => {
                let fid = lw.funcs.len() as FuncId;
                lw.funcs.push(None);
                lw.func_of.insert(id, fid);
            }
            ObjKind::Var(v) if v.global => {
                let g = lw.global_zero.len() as u32;
                let z = lw.zero(o.ty);
                lw.global_zero.push(z);
                lw.globals.insert(id, g);
            }
            _ => {}
        }
    }
    // 2. Lower bodies.
    let mut ids: Vec<(ObjId, FuncId)> = lw.func_of.iter().map(|(o, f)| (*o, *f)).collect();
    // In function order, so that literal numbering is deterministic (the
    // REPL relies on it: closures keep their numbers across versions).
    ids.sort_unstable_by_key(|&(_, f)| f);
    for (obj, fid) in ids {
        let f = match lw.lower_decl(obj) {
            Ok(f) => f,
            // A library function gorun cannot lower fails only if called.
            Err(msg) if lw.is_std(obj) => {
                let name = lw.func_name(obj);
                failing_func(&name, &format!("gorun: cannot run {name}: {msg}"))
            }
            Err(msg) => return Err(format!("{}: {msg}", lw.func_name(obj))),
        };
        lw.funcs[fid as usize] = Some(f);
    }
    // 3. Package initialisation.
    let init = lw.lower_init()?;
    let init_id = lw.funcs.len() as FuncId;
    lw.funcs.push(Some(init));
    let main = cp
        .main_func
        .and_then(|m| lw.func_of.get(&m).copied())
        .ok_or("function main is undeclared in the main package")?;
    let rt_errors = lw.runtime_error_types();
    let mut types = lw.type_info();
    for (t, e) in rt_errors.methods {
        types.methods.insert(t, e);
    }
    let globals = lw
        .global_zero
        .iter()
        .map(|z| Cell::new(z.clone()))
        .collect();
    let funcs = lw
        .funcs
        .into_iter()
        .map(|f| Arc::new(f.unwrap_or_else(|| empty_func("?")).seal()))
        .collect();
    Ok(Program {
        types,
        funcs,
        globals,
        init: init_id,
        main,
        tt: lw.tt,
        files: cp.files.iter().map(|f| f.source.clone()).collect(),
        runtime_errors: rt_errors.types,
    })
}

/// The run-time error types `recover()` returns values of.
struct RtErrors {
    types: ir::RuntimeErrorTypes,
    methods: Vec<((TypeId, ast::Name), MethodEntry)>,
}

/// A function whose body panics with `msg` (a std function gorun could
/// not lower).
fn failing_func(name: &str, msg: &str) -> Func {
    let mut f = empty_func(name);
    f.nslots = 1;
    f.code = vec![
        Instr::Call {
            callee: ir::Callee::Builtin(ir::BuiltinOp::Panic),
            args: vec![ir::Expr::Const(Value::iface(
                crate::library::abi::string_type(),
                Value::str(msg),
            ))],
            spread: false,
            dst: Vec::new(),
        },
        Instr::End,
    ];
    f.spans = vec![Span::default(); 2];
    f
}

/// A function with no code (placeholders).
pub fn empty_func(name: &str) -> Func {
    Func {
        name: name.into(),
        nparams: 0,
        results: Vec::new(),
        result_cells: Vec::new(),
        param_cells: Vec::new(),
        capture_slots: Vec::new(),
        nslots: 0,
        code: vec![Instr::End],
        spans: vec![Span::default()],
        variadic: false,
        native: None,
        file: 0,
        span: Span::default(),
        plain: false,
        tail: Box::new([]),
    }
}

impl<'a> Lowerer<'a> {
    /// Whether `obj` belongs to a standard-library package.
    fn is_std(&self, obj: ObjId) -> bool {
        self.cp
            .obj(obj)
            .file
            .and_then(|f| self.cp.files.get(f.0 as usize))
            .is_some_and(|f| f.std)
    }

    /// Go's name for a function in tracebacks: `main.f`, `main.(*T).M`, `main.T.M`.
    pub fn func_name(&self, obj: ObjId) -> String {
        let o = self.cp.obj(obj);
        let pkg = self.cp.pkg_path(obj).unwrap_or("main");
        match o.func_info().and_then(|f| f.recv) {
            Some((t, ptr)) => {
                let tn = self
                    .tt
                    .named(t)
                    .map(|n| n.name.to_string())
                    .unwrap_or_default();
                if ptr {
                    format!("{pkg}.(*{tn}).{}", o.name)
                } else {
                    format!("{pkg}.{tn}.{}", o.name)
                }
            }
            None => format!("{pkg}.{}", o.name),
        }
    }

    /// Lowers a declared function or method (or binds a native).
    fn lower_decl(&mut self, obj: ObjId) -> Result<Func, String> {
        let cp = self.cp;
        let o = cp.obj(obj);
        let name = self.func_name(obj);
        let fi = o.func_info().ok_or("not a function")?;
        let file = match fi.body {
            FuncBody::Decl { file, .. } | FuncBody::Native { file, .. } => file.0,
            FuncBody::Abstract | FuncBody::Generic => 0,
        };
        if matches!(fi.body, FuncBody::Native { .. } | FuncBody::Generic) {
            let pkg = cp.pkg_path(obj).unwrap_or("main");
            let recv = fi
                .recv
                .and_then(|(t, _)| self.tt.named(t).map(|n| n.name.to_string()));
            let key = crate::library::abi::native_key(pkg, recv.as_deref(), &o.name);
            let mut f = empty_func(&name);
            f.native = Some(crate::library::natives::lookup(&key));
            f.file = file;
            f.span = cp.func_decl(obj).map_or(o.span, |d| d.span);
            return Ok(f);
        }
        let decl = cp
            .func_decl(obj)
            .ok_or_else(|| format!("no declaration for {name}"))?;
        let body = decl.body.as_ref().ok_or("missing function body")?;
        let mut fx = FnCx::new(name, file);
        fx.span = decl.span;
        let mut params: Vec<&ast::Ident> = Vec::new();
        let mut anon = 0;
        if let Some(r) = &decl.recv {
            if r.names.is_empty() {
                anon += 1;
            }
            params.extend(r.names.iter());
        }
        let stack = vec![fx];
        let mut st = func::Stack { fns: stack };
        st.declare_params(
            self,
            decl.recv.iter().chain(decl.ty.params.iter()),
            &decl.ty.results,
            &o.ty,
            decl.recv.is_some(),
        )?;
        let _ = (params, anon);
        st.lower_body(self, body)?;
        let fx = st.fns.pop().ok_or("lowering stack underflow")?;
        Ok(fx.finish(self, self.sig_variadic(o.ty)))
    }

    /// A function `func(recv, args...)` calling method `f` with the
    /// receiver adjusted (dereferenced), for method expressions `(*T).M`.
    pub fn method_expr_wrapper(
        &mut self,
        f: FuncId,
        sig: TypeId,
        adjust: crate::check::info::RecvAdjust,
    ) -> FuncId {
        let s = self.tt.signature(sig).cloned();
        let (np, nr) = s
            .as_ref()
            .map_or((1, 0), |s| (s.params.len() as u32, s.results.len() as u32));
        let results: Vec<Value> = s
            .as_ref()
            .map(|s| s.results.iter().map(|t| self.zero(*t)).collect())
            .unwrap_or_default();
        let mut args: Vec<ir::Expr> = (0..np).map(ir::Expr::Local).collect();
        if adjust == crate::check::info::RecvAdjust::Deref {
            if let Some(first) = args.first_mut() {
                *first = ir::Expr::Deref(Box::new(ir::Expr::Local(0)));
            }
        }
        let tmps: Vec<u32> = (0..nr).map(|i| np + nr + i).collect();
        let mut w = empty_func(&format!(
            "{}-fm",
            self.funcs
                .get(f as usize)
                .and_then(|x| x.as_ref())
                .map_or("?", |x| &x.name)
        ));
        w.nparams = np;
        w.result_cells = vec![false; results.len()];
        w.results = results;
        w.nslots = np + 2 * nr + 1;
        w.code = vec![
            Instr::Call {
                callee: ir::Callee::Static(f),
                args,
                spread: false,
                dst: tmps.iter().map(|t| ir::Place::Local(*t)).collect(),
            },
            Instr::Return(tmps.iter().map(|t| ir::Expr::Local(*t)).collect()),
        ];
        w.spans = vec![Span::default(); 2];
        let id = self.funcs.len() as FuncId;
        self.funcs.push(Some(w));
        id
    }

    /// Declares Go's run-time error types (`runtime.boundsError`,
    /// `runtime.errorString`, `runtime.plainError`,
    /// `*runtime.TypeAssertionError`), each a string whose `Error()` is the
    /// message, with an empty `RuntimeError()`, so recovered run-time errors
    /// are `error`s and `runtime.Error`s with Go's `%T`.
    fn runtime_error_types(&mut self) -> RtErrors {
        let string = self.tt.basic(crate::check::types::BasicKind::String);
        let err_sig = self.tt.func(Vec::new(), vec![string], false);
        let rt_sig = self.tt.func(Vec::new(), Vec::new(), false);
        let mut methods = Vec::new();
        let mut mk = |lw: &mut Self, name: &str, ptr: bool| -> TypeId {
            let n = lw.tt.new_named(
                ObjId(u32::MAX),
                name.into(),
                Some("runtime".into()),
                Some("runtime".into()),
                false,
            );
            lw.tt.set_underlying(n, string);
            let t = if ptr { lw.tt.pointer(n) } else { n };
            let recv = if ptr {
                ir::Expr::Deref(Box::new(ir::Expr::Local(0)))
            } else {
                ir::Expr::Local(0)
            };
            let mut ef = empty_func(&format!(
                "runtime.{}{name}.Error",
                if ptr { "(*" } else { "" }
            ));
            ef.nparams = 1;
            ef.nslots = 2;
            ef.results = vec![Value::str("")];
            ef.result_cells = vec![false];
            ef.code = vec![Instr::Return(vec![recv])];
            let mut rf = empty_func(&format!("runtime.{name}.RuntimeError"));
            rf.nparams = 1;
            rf.nslots = 1;
            let (eid, rid) = (lw.funcs.len() as FuncId, lw.funcs.len() as FuncId + 1);
            lw.funcs.push(Some(ef));
            lw.funcs.push(Some(rf));
            for (m, f, sig) in [("Error", eid, err_sig), ("RuntimeError", rid, rt_sig)] {
                let e = MethodEntry {
                    func: f,
                    path: Vec::new(),
                    ptr_recv: ptr,
                    sig,
                    via_iface: false,
                };
                methods.push(((t, ast::Name::from(m)), e));
            }
            t
        };
        let types = ir::RuntimeErrorTypes {
            bounds: mk(self, "boundsError", false),
            error_string: mk(self, "errorString", false),
            plain: mk(self, "plainError", false),
            type_assertion: mk(self, "TypeAssertionError", true),
        };
        RtErrors { types, methods }
    }

    fn sig_variadic(&self, t: TypeId) -> bool {
        self.tt.signature(t).is_some_and(|s| s.variadic)
    }

    /// The package initialisation function: variable initialisers in Go's
    /// order per package, then each package's `init` functions.
    fn lower_init(&mut self) -> Result<Func, String> {
        let cp = self.cp;
        let mut st = func::Stack {
            fns: vec![FnCx::new("runtime.doInit".into(), 0)],
        };
        for pkg in &cp.packages {
            for init in &pkg.var_inits {
                st.top().file = init.file.0;
                let places: Vec<ir::Place> = init
                    .lhs
                    .iter()
                    .map(|o| match o.and_then(|o| self.globals.get(&o)) {
                        Some(g) => ir::Place::Global(*g),
                        None => ir::Place::Blank,
                    })
                    .collect();
                st.assign_from(self, places, std::slice::from_ref(&init.rhs), init.rhs.span)?;
            }
            for f in &pkg.init_funcs {
                if let Some(fid) = self.func_of.get(f) {
                    st.emit(
                        Instr::Call {
                            callee: ir::Callee::Static(*fid),
                            args: Vec::new(),
                            spread: false,
                            dst: Vec::new(),
                        },
                        Span::default(),
                    );
                }
            }
        }
        st.emit(Instr::End, Span::default());
        let fx = st.fns.pop().ok_or("lowering stack underflow")?;
        Ok(fx.finish(self, false))
    }

    /// Method tables for dynamic dispatch and type names.
    fn type_info(&mut self) -> TypeInfo {
        let mut ti = TypeInfo::default();
        let n = self.tt.len();
        // Named types with methods: T gets value-receiver methods, *T all.
        let mut entries: Vec<(TypeId, ast::Name, MethodEntry)> = Vec::new();
        for i in 0..n {
            let t = TypeId(i as u32);
            let Some(named) = self.tt.named(t) else {
                continue;
            };
            let methods = named.methods.clone();
            for m in methods {
                let Some(&fid) = self.func_of.get(&m) else {
                    continue;
                };
                let o = self.cp.obj(m);
                let ptr = o.func_info().and_then(|f| f.recv).is_some_and(|r| r.1);
                let e = MethodEntry {
                    func: fid,
                    path: Vec::new(),
                    ptr_recv: ptr,
                    sig: o.ty,
                    via_iface: false,
                };
                if !ptr {
                    entries.push((t, o.name.clone(), e.clone()));
                }
                let pt = self.tt.pointer(t);
                entries.push((pt, o.name.clone(), e));
            }
        }
        for (t, name, e) in entries {
            ti.methods.insert((t, name), e);
        }
        // Promoted methods (embedded fields, two levels deep).
        for _ in 0..2 {
            let mut add = Vec::new();
            for i in 0..self.tt.len() {
                let t = TypeId(i as u32);
                if self.tt.named(t).is_none() {
                    continue;
                }
                let fields = self.tt.struct_fields(t).to_vec();
                for (idx, f) in fields.iter().enumerate() {
                    if !f.embedded {
                        continue;
                    }
                    let (base, via_ptr) = match self.tt.pointer_elem(f.ty) {
                        Some(e) => (e, true),
                        None => (f.ty, false),
                    };
                    let pt = self.tt.pointer(t);
                    if self.tt.is_interface(base) {
                        // Methods of an embedded interface dispatch again on
                        // the field's dynamic value.
                        let ms = self.tt.iface_methods(base).to_vec();
                        for m in ms {
                            for (owner, deref) in [(t, false), (pt, true)] {
                                let e = MethodEntry {
                                    func: 0,
                                    path: vec![(deref, idx as u32)],
                                    ptr_recv: false,
                                    sig: m.sig,
                                    via_iface: true,
                                };
                                add.push((owner, m.name.clone(), e));
                            }
                        }
                        continue;
                    }
                    let lookup_t = if via_ptr { self.tt.pointer(base) } else { base };
                    let ptr_base = self.tt.pointer(base);
                    let pt = self.tt.pointer(t);
                    for ((mt, name), e) in ti.methods.iter() {
                        if *mt != lookup_t && *mt != ptr_base {
                            continue;
                        }
                        if *mt == ptr_base && !via_ptr {
                            // Pointer methods of a value-embedded field: only via *T.
                            let mut e2 = e.clone();
                            e2.path.insert(0, (true, idx as u32));
                            add.push((pt, name.clone(), e2));
                            continue;
                        }
                        let mut ev = e.clone();
                        ev.path.insert(0, (false, idx as u32));
                        add.push((t, name.clone(), ev));
                        let mut ep = e.clone();
                        ep.path.insert(0, (true, idx as u32));
                        add.push((pt, name.clone(), ep));
                    }
                }
            }
            for (t, name, e) in add {
                ti.methods.entry((t, name)).or_insert(e);
            }
        }
        for i in 0..self.tt.len() {
            let t = TypeId(i as u32);
            ti.names.push(self.tt.type_string(t));
            if let TypeKind::Interface(ms) = self.tt.under(t) {
                ti.iface_methods
                    .insert(t, ms.iter().map(|m| (m.name.clone(), m.sig)).collect());
            }
        }
        ti
    }
}
