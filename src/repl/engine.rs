//! Evaluating one input: classify it, turn it into items of the
//! accumulated [`Package`], check the whole package, lower it, carry the
//! package variables over to the new version, and run the input's function
//! in the [`Session`].
//!
//! Input forms:
//! * `import ...`: remembered; rendered only when referenced.
//! * `func`, `type`, `const` declarations: items of the package (a
//!   redeclaration replaces the earlier one).
//! * one expression (not a `fmt.Print*`/`println` call): its value(s)
//!   printed by `__repl_show` as `%#v<TAB>// %T`; an expression without
//!   value (`wg.Wait()`) runs as a statement.
//! * statements: the body of a fresh function `__repl_N`. Variables that
//!   `:=` and `var` declare at the top level of the input become package
//!   variables (their types come from checking the input once as written:
//!   the "probe"), and the statements assign them instead, so they outlive
//!   the input and goroutines started by it share them.
//!
//! Guarantee: an input that fails (syntax or type error) changes nothing;
//! its errors are printed as `gorun FILE` prints them, positions relative
//! to the input (file name `repl`).

use super::input::{
    decl_span, declared, declared_without_value, first_keyword, incomplete, is_func_literal_start,
    is_print_call, recv_name, rewrite,
};
use super::package::{stub_input, Item, Kind, Package, Rendered, STD};
use crate::check::info::{CheckErrors, FileDiagnostic, FileId};
use crate::check::info::{ObjKind, Program as Checked};
use crate::diag::{Diagnostic, ErrorFormat, SourceFile};
use crate::interp::lower::{front_end, lower_program};
use crate::interp::session::{RunResult, Session};
use crate::syntax::ast::{self, Span, StmtKind};
use crate::value::Cell;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::Arc;

/// Name of the rendered package file in diagnostics and tracebacks.
const PACKAGE_FILE: &str = "repl.go";
/// Name of an input in diagnostics.
const INPUT_FILE: &str = "repl";

/// What `eval` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Eval {
    /// The input is an unfinished construct: read another line.
    Incomplete,
    /// Done (successfully or with errors reported).
    Done,
    /// `os.Exit(code)`: the REPL ends with this status.
    Exit(i32),
}

/// A package variable's cell, with the type it was created for.
struct Carried {
    desc: String,
    cell: Arc<Cell>,
}

/// The evaluator: the package, the session and the variables' cells.
pub struct Engine {
    pub pkg: Package,
    pub session: Session,
    cells: HashMap<String, Carried>,
    /// Types of the prompt's variables, by name (for `:vars`).
    pub var_types: HashMap<String, String>,
    /// Package initialisation has run (once, on the first version).
    initialised: bool,
    pub format: ErrorFormat,
    err: Box<dyn Write + Send>,
    /// Where each input's body starts (tracebacks).
    pub lines: super::trace::Lines,
}

/// An input function's item.
fn input_item(n: u32, body: &str) -> Item {
    Item {
        kind: Kind::Input,
        names: vec![format!("__repl_{n}")],
        text: format!("func __repl_{n}() {{\n{body}\n}}"),
        funcs: 1,
    }
}

/// Bytes before the body in an input item's text.
fn input_prefix(n: u32) -> usize {
    format!("func __repl_{n}() {{\n").len()
}

/// A checked version, with the rendering it came from.
struct Version {
    cp: Checked,
    rendered: Rendered,
    pkg: Package,
}

impl Engine {
    pub fn new(mut session: Session, format: ErrorFormat, err: Box<dyn Write + Send>) -> Engine {
        let lines = super::trace::Lines::default();
        let l2 = lines.clone();
        session.set_filter(Arc::new(move |r: &str| l2.relabel(r)));
        Engine {
            lines,
            pkg: Package::default(),
            session,
            cells: HashMap::new(),
            var_types: HashMap::new(),
            initialised: false,
            format,
            err,
        }
    }

    /// Writes text to the REPL's stderr.
    pub fn report(&mut self, s: &str) {
        self.session.flush();
        let _ = self.err.write_all(s.as_bytes());
        let _ = self.err.flush();
    }

    /// Forget everything (`:reset`): a new session, package and variables.
    pub fn reset(&mut self, mut session: Session) {
        let l2 = self.lines.clone();
        session.set_filter(Arc::new(move |r: &str| l2.relabel(r)));
        self.session = session;
        self.pkg = Package::default();
        self.cells.clear();
        self.var_types.clear();
        self.initialised = false;
    }

    /// Evaluates one complete or partial input.
    pub fn eval(&mut self, src: &str) -> Eval {
        if let Some(d) = self.session.take_death() {
            if let Some(code) = self.died(d) {
                return Eval::Exit(code);
            }
        }
        if src.trim().is_empty() {
            return Eval::Done;
        }
        match first_keyword(src) {
            Some("import") | Some("func") | Some("type") | Some("const") => {
                if first_keyword(src) == Some("func") && is_func_literal_start(src) {
                    self.statements(src)
                } else {
                    self.declarations(src)
                }
            }
            _ => self.statements(src),
        }
    }

    /// A background goroutine ended the program: report; `Some(code)` to
    /// exit the REPL (os.Exit).
    fn died(&mut self, d: crate::interp::session::Death) -> Option<i32> {
        if d.report.is_empty() {
            return Some(d.code);
        }
        if !d.reported {
            let rep = self.lines.relabel(&d.report);
            self.report(&rep);
            self.report(crate::interp::session::STOPPED);
        }
        None
    }

    /// `import`, `func`, `type`, `const` input.
    fn declarations(&mut self, src: &str) -> Eval {
        const HEAD: &str = "package main\n";
        let full = format!("{HEAD}{src}\n");
        let mut ids = ast::NodeIds::new();
        let file = match crate::syntax::parse_file(&full, &mut ids) {
            Ok(f) => f,
            Err(d) if incomplete(&full, &d) => return Eval::Incomplete,
            Err(d) => {
                let d = shift(d, HEAD.len());
                self.show_input_errors(src, vec![d]);
                return Eval::Done;
            }
        };
        let mut pkg = self.pkg.clone();
        for imp in &file.imports {
            if !STD.iter().any(|(_, p)| *p == imp.path) {
                let d = Diagnostic::new(
                    shift_span(imp.path_span, HEAD.len()),
                    format!("package {} is not in std", imp.path),
                );
                self.show_input_errors(src, vec![d]);
                return Eval::Done;
            }
            let name = match &imp.name {
                Some(n) => n.name.to_string(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            pkg.imports.retain(|(n, _)| *n != name);
            pkg.imports.push((name, imp.path.clone()));
        }
        if file.decls.is_empty() {
            self.pkg = pkg;
            return Eval::Done;
        }
        // The declarations' text, without the imports.
        let start = file
            .decls
            .iter()
            .map(|d| decl_span(d).lo as usize)
            .min()
            .unwrap_or(HEAD.len());
        let text = &full[start..];
        let mut names = Vec::new();
        let mut funcs = 0;
        for d in &file.decls {
            match d {
                ast::Decl::Func(f) => {
                    funcs += 1;
                    names.push(match &f.recv {
                        Some(r) => format!("{}.{}", recv_name(&full, &r.ty), f.name.name),
                        None => f.name.name.to_string(),
                    });
                }
                ast::Decl::Type(t) => names.extend(t.specs.iter().map(|s| s.name.name.to_string())),
                ast::Decl::Const(c) => names.extend(
                    c.specs
                        .iter()
                        .flat_map(|s| s.names.iter().map(|n| n.name.to_string())),
                ),
                ast::Decl::Var(_) => {}
            }
        }
        if names.iter().any(|n| n == "main" || n == "init") {
            let d = Diagnostic::new(
                Span::default(),
                "gorun: main and init cannot be declared at the prompt (use :load FILE to run a main)",
            );
            self.show_input_errors(src, vec![d]);
            return Eval::Done;
        }
        let item = Item {
            kind: Kind::Decl,
            names,
            text: text.to_string(),
            funcs,
        };
        pkg.add(item);
        let idx = pkg
            .items
            .iter()
            .position(|i| i.text == text)
            .unwrap_or(pkg.items.len().saturating_sub(1));
        let offset = start - HEAD.len();
        match self.check(pkg, &[]) {
            Ok(v) => {
                self.commit(v, HashSet::new(), None);
                Eval::Done
            }
            Err((e, rendered)) => {
                let base = rendered.spans.get(idx).map(|s| s.0).unwrap_or(0);
                self.show_errors(src, e, &rendered, base as i64 - offset as i64, src.len());
                Eval::Done
            }
        }
    }

    /// Statements or an expression.
    fn statements(&mut self, src: &str) -> Eval {
        let mut ids = ast::NodeIds::new();
        let stmts = match crate::syntax::parse_stmts(src, &mut ids) {
            Ok(s) => s,
            Err(d) if incomplete(src, &d) => return Eval::Incomplete,
            Err(d) => {
                self.show_input_errors(src, vec![d]);
                return Eval::Done;
            }
        };
        let n = self.pkg.next_input;
        let single_expr = stmts.len() == 1 && matches!(stmts[0].kind, StmtKind::Expr(_));
        if single_expr && !is_print_call(src) {
            let item = input_item(n, &format!("__repl_show({},\n)", src.trim_end()));
            if let Ok(v) = self.check(self.pkg.clone(), std::slice::from_ref(&item)) {
                return self.accept_and_run(v, item, HashSet::new());
            }
        }
        // Variables declared at the input's top level.
        let mut hoisted: Vec<(String, Span)> = Vec::new();
        for s in &stmts {
            for id in declared(s) {
                if !id.is_blank() {
                    hoisted.push((id.name.to_string(), id.span));
                }
            }
        }
        let prefix = input_prefix(n);
        if hoisted.is_empty() {
            let item = input_item(n, src);
            return match self.check(self.pkg.clone(), std::slice::from_ref(&item)) {
                Ok(v) => self.accept_and_run(v, item, HashSet::new()),
                Err((e, r)) => {
                    let base = r.spans.last().map(|s| s.0 + prefix).unwrap_or(0);
                    self.show_errors(src, e, &r, base as i64, src.len());
                    Eval::Done
                }
            };
        }
        // The probe: the input as written, each variable used once.
        let mut body = src.to_string();
        for (name, _) in &hoisted {
            body.push_str(&format!("\n_ = {name}"));
        }
        let probe = input_item(n, &body);
        let v = match self.check(self.pkg.clone(), std::slice::from_ref(&probe)) {
            Ok(v) => v,
            Err((e, r)) => {
                let base = r.spans.last().map(|s| s.0 + prefix).unwrap_or(0);
                self.show_errors(src, e, &r, base as i64, src.len());
                return Eval::Done;
            }
        };
        let base = v.rendered.spans.last().map(|s| s.0 + prefix).unwrap_or(0);
        let mut types = Vec::new();
        for (name, span) in &hoisted {
            let at = base as u32 + span.lo;
            let ty = v.cp.objs.iter().find_map(|o| match &o.kind {
                ObjKind::Var(vi) if !vi.global && o.span.lo == at && &*o.name == name => {
                    Some(v.cp.types.type_string_for(o.ty, "main"))
                }
                _ => None,
            });
            match ty {
                Some(t) => types.push((name.clone(), t)),
                None => {
                    self.report(&format!("gorun: cannot find the type of {name}\n"));
                    return Eval::Done;
                }
            }
        }
        if let Some(name) = self_reference(&v.cp, n, &types, &self.var_types) {
            self.report(&format!(
                "gorun: {name} is redeclared with another type from its own old value; \
                 use a new name for the new variable\n"
            ));
            return Eval::Done;
        }
        // The real thing: package variables and assignments.
        let rewritten = rewrite(src, &stmts);
        let mut pkg = self.pkg.clone();
        let mut fresh = HashSet::new();
        let zeroed = declared_without_value(&stmts);
        for (name, ty) in &types {
            pkg.add(Item {
                kind: Kind::Var,
                names: vec![name.clone()],
                text: format!("var {name} {ty}"),
                funcs: 0,
            });
            // `x := x + 1` keeps using x's cell when the type stays (the
            // value is the same as with a new variable); `var x T` and a
            // change of type make a new variable.
            let same_type = self.var_types.get(name) == Some(ty);
            if !same_type || zeroed.contains(name) {
                fresh.insert(format!("main.{name}"));
            }
        }
        let item = input_item(n, &rewritten);
        match self.check(pkg, std::slice::from_ref(&item)) {
            Ok(v) => {
                for (name, ty) in types {
                    self.var_types.insert(name, ty);
                }
                self.accept_and_run(v, item, fresh)
            }
            Err((e, r)) => {
                let _ = e.emit(&mut self.err, self.format);
                let _ = r;
                Eval::Done
            }
        }
    }

    /// Makes the checked version current and runs its input function.
    fn accept_and_run(&mut self, mut v: Version, item: Item, fresh: HashSet<String>) -> Eval {
        let name = format!("main.{}", item.names[0]);
        if let Some((lo, _)) = v.rendered.spans.last() {
            let line = v.rendered.text[..*lo].matches('\n').count() + 2;
            self.lines.record(v.pkg.next_input, line);
        }
        v.pkg.items.push(item);
        v.pkg.next_input += 1;
        match self.commit(v, fresh, Some(&name)) {
            Some(RunResult::Exit(code)) => Eval::Exit(code),
            _ => Eval::Done,
        }
    }

    /// Checks the package (with `extra` appended); an old input that no
    /// longer checks is stubbed (see `package`), on a copy.
    fn check(&self, mut pkg: Package, extra: &[Item]) -> Result<Version, (CheckErrors, Rendered)> {
        let mut rounds = 0;
        loop {
            let rendered = pkg.render(extra);
            let file = SourceFile::new(PACKAGE_FILE, rendered.text.clone());
            match front_end(file) {
                Ok(cp) => return Ok(Version { cp, rendered, pkg }),
                Err(e) => {
                    rounds += 1;
                    let mut stubbed = false;
                    for FileDiagnostic { file, diag: d } in &e.diags {
                        if e.files.get(file.0 as usize).map(|f| f.name.as_str())
                            != Some(PACKAGE_FILE)
                        {
                            continue;
                        }
                        let at = d.span.lo as usize;
                        for (i, (lo, hi)) in rendered.spans.iter().enumerate().take(pkg.items.len())
                        {
                            let it = &mut pkg.items[i];
                            if it.kind == Kind::Input && (*lo..=*hi).contains(&at) {
                                let body = it.text.clone();
                                it.text = stub_input(&it.names[0], &body);
                                stubbed = true;
                            }
                        }
                    }
                    if !stubbed || rounds > 8 {
                        return Err((e, rendered));
                    }
                }
            }
        }
    }

    /// Lowers `v`, carries the package variables over, loads it, and runs
    /// the function named `run` (after package initialisation the first
    /// time).
    fn commit(
        &mut self,
        v: Version,
        fresh: HashSet<String>,
        run: Option<&str>,
    ) -> Option<RunResult> {
        let keys = global_keys(&v.cp);
        let mut prog = match lower_program(v.cp) {
            Ok(p) => p,
            Err(msg) => {
                self.report(&format!("gorun: {msg}\n"));
                return None;
            }
        };
        self.pkg = v.pkg;
        for (i, key) in keys.iter().enumerate() {
            let (Some((k, desc)), Some(slot)) = (key, prog.globals.get_mut(i)) else {
                continue;
            };
            match self.cells.get(k) {
                Some(c) if c.desc == *desc && !fresh.contains(k) => *slot = c.cell.clone(),
                _ => {
                    self.cells.insert(
                        k.clone(),
                        Carried {
                            desc: desc.clone(),
                            cell: slot.clone(),
                        },
                    );
                }
            }
        }
        let init = prog.init;
        let func = run.and_then(|n| prog.funcs.iter().position(|f| f.name == n));
        self.session.load(prog);
        if !self.initialised {
            self.initialised = true;
            let r = self.session.run(init);
            if let Some(r) = self.outcome(r) {
                return Some(r);
            }
        }
        let f = func? as u32;
        let r = self.session.run(f);
        self.outcome(r.clone());
        Some(r)
    }

    /// Reports how a run ended; `Some` for os.Exit.
    fn outcome(&mut self, r: RunResult) -> Option<RunResult> {
        match r {
            RunResult::Returned => None,
            RunResult::Panicked(rep) | RunResult::Deadlock(rep) => {
                let rep = self.lines.relabel(&rep);
                self.report(&rep);
                None
            }
            RunResult::Interrupted => {
                self.report("interrupted\n");
                None
            }
            RunResult::Exit(c) => Some(RunResult::Exit(c)),
            RunResult::Died(d) => self.died(d).map(RunResult::Exit),
        }
    }

    /// Errors of an input: positions inside the input are shown relative
    /// to it; others against the package file.
    fn show_errors(&mut self, src: &str, e: CheckErrors, r: &Rendered, base: i64, len: usize) {
        let input = SourceFile::new(INPUT_FILE, src);
        let package = SourceFile::new(PACKAGE_FILE, r.text.clone());
        let mut diags = Vec::new();
        for FileDiagnostic { file, diag: d } in e.diags {
            let f = file.0 as usize;
            let in_pkg = e.files.get(f).map(|f| f.name.as_str()) == Some(PACKAGE_FILE);
            let lo = d.span.lo as i64 - base;
            if in_pkg && lo >= 0 && lo <= len as i64 {
                diags.push((0, shift_back(d, base)));
            } else if in_pkg {
                diags.push((1, d));
            } else {
                // A std file: should not happen; show it as is.
                let _ =
                    errors(e.files.clone(), vec![(f, d)], false).emit(&mut self.err, self.format);
            }
        }
        let out = errors(vec![input, package], diags, e.too_many);
        self.session.flush();
        let _ = out.emit(&mut self.err, self.format);
    }

    fn show_input_errors(&mut self, src: &str, diags: Vec<Diagnostic>) {
        let diags = diags.into_iter().map(|d| (0, d)).collect();
        let out = errors(vec![SourceFile::new(INPUT_FILE, src)], diags, false);
        let _ = out.emit(&mut self.err, self.format);
    }

    /// The type of expression `src` as Go spells it (`:type`).
    pub fn type_of(&mut self, src: &str) -> Option<String> {
        let n = self.pkg.next_input;
        let body = format!("__repl_t := {src}\n_ = __repl_t");
        let item = input_item(n, &body);
        match self.check(self.pkg.clone(), std::slice::from_ref(&item)) {
            Ok(v) => v.cp.objs.iter().find_map(|o| match &o.kind {
                ObjKind::Var(vi) if !vi.global && &*o.name == "__repl_t" => {
                    Some(v.cp.types.type_string_for(o.ty, "main"))
                }
                _ => None,
            }),
            Err((e, r)) => {
                let base = r
                    .spans
                    .last()
                    .map(|s| s.0 + input_prefix(n) + 12)
                    .unwrap_or(0);
                self.show_errors(src, e, &r, base as i64, src.len());
                None
            }
        }
    }
}

/// A variable the input redeclares with another type while using its old
/// value (`x := strconv.Itoa(x)`): the session cannot keep both under one
/// name. Found in the probe: a use of the old package variable inside the
/// input's function (node ids after the function's name).
fn self_reference(
    cp: &Checked,
    n: u32,
    types: &[(String, String)],
    old: &HashMap<String, String>,
) -> Option<String> {
    let fname = format!("__repl_{n}");
    let start = cp
        .files
        .iter()
        .filter(|f| !f.std)
        .flat_map(|f| f.ast.decls.iter())
        .find_map(|d| match d {
            ast::Decl::Func(f) if *f.name.name == *fname => Some(f.name.id),
            _ => None,
        })?;
    for (name, ty) in types {
        if old.get(name).is_none_or(|t| t == ty) {
            continue;
        }
        let global = cp.objs.iter().position(|o| {
            &*o.name == name
                && matches!(&o.kind, ObjKind::Var(v) if v.global)
                && o.pkg.is_some_and(|p| &*cp.package(p).path == "main")
        });
        let Some(g) = global else {
            continue;
        };
        let used = cp
            .uses
            .iter()
            .any(|(id, o)| id > start && o.0 as usize == g);
        if used {
            return Some(name.clone());
        }
    }
    None
}

/// The key and type description of every package variable, in lowering's
/// numbering (the order of `Program::globals`); `None` for blank ones.
fn global_keys(cp: &Checked) -> Vec<Option<(String, String)>> {
    let mut out = Vec::new();
    for (i, o) in cp.objs.iter().enumerate() {
        if let ObjKind::Var(v) = &o.kind {
            if v.global {
                if &*o.name == "_" {
                    out.push(None);
                    continue;
                }
                let path = cp
                    .pkg_path(crate::check::info::ObjId(i as u32))
                    .unwrap_or("");
                let tt = &cp.types;
                let desc = format!(
                    "{}|{}",
                    tt.type_string(o.ty),
                    tt.type_string(tt.underlying(o.ty))
                );
                out.push(Some((format!("{path}.{}", o.name), desc)));
            }
        }
    }
    out
}

fn shift_span(s: Span, by: usize) -> Span {
    Span {
        lo: s.lo.saturating_sub(by as u32),
        hi: s.hi.saturating_sub(by as u32),
    }
}

fn shift(mut d: Diagnostic, by: usize) -> Diagnostic {
    d.span = shift_span(d.span, by);
    d
}

fn shift_back(mut d: Diagnostic, base: i64) -> Diagnostic {
    let f = |x: u32| (x as i64 - base).max(0) as u32;
    d.span = Span {
        lo: f(d.span.lo),
        hi: f(d.span.hi),
    };
    d
}

/// Errors to print, each with the index of its file in `files`.
pub(super) fn errors(
    files: Vec<SourceFile>,
    diags: Vec<(usize, Diagnostic)>,
    too_many: bool,
) -> CheckErrors {
    CheckErrors {
        files,
        diags: diags
            .into_iter()
            .map(|(f, diag)| FileDiagnostic {
                file: FileId(f as u32),
                diag,
            })
            .collect(),
        too_many,
        too_many_at: None,
    }
}
