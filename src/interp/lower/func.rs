//! Function contexts of lowering: slots, variables and captures, jump
//! patching, break/continue targets and labels.
//!
//! A [`Stack`] holds the context of the function being lowered and of every
//! function literal enclosing it: a variable of an outer function used
//! inside a literal becomes a capture of each literal in between (its heap
//! cell is passed down by `Expr::Closure`).

use super::Lowerer;
use crate::check::info::ObjId;
use crate::check::types::TypeId;
use crate::interp::ir::{Expr, Func, Instr, Place, Slot};
use crate::syntax::ast::{self, Name, Span};
use crate::value::Value;
use std::collections::HashMap;

/// A break/continue target.
pub struct Target {
    pub label: Option<Name>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// A loop (accepts continue), not a switch/select.
    pub is_loop: bool,
}

/// Lowering state of one function.
pub struct FnCx {
    pub name: String,
    pub file: u32,
    pub span: Span,
    pub code: Vec<Instr>,
    pub spans: Vec<Span>,
    pub nslots: u32,
    /// Variable → (slot, lives in a cell).
    pub vars: HashMap<ObjId, (Slot, bool)>,
    /// Captured variables in env order, with their slot here.
    pub captures: Vec<(ObjId, Slot)>,
    pub nparams: u32,
    pub results: Vec<Value>,
    pub result_cells: Vec<bool>,
    pub param_cells: Vec<Slot>,
    pub targets: Vec<Target>,
    pub labels: HashMap<Name, u32>,
    pub gotos: Vec<(usize, Name)>,
    /// A label waiting for the statement it labels.
    pub pending_label: Option<Name>,
    pub cur_span: Span,
}

impl FnCx {
    pub fn new(name: String, file: u32) -> FnCx {
        FnCx {
            name,
            file,
            span: Span::default(),
            code: Vec::new(),
            spans: Vec::new(),
            nslots: 0,
            vars: HashMap::new(),
            captures: Vec::new(),
            nparams: 0,
            results: Vec::new(),
            result_cells: Vec::new(),
            param_cells: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            pending_label: None,
            cur_span: Span::default(),
        }
    }

    /// The finished function.
    pub fn finish(mut self, _lw: &Lowerer, variadic: bool) -> Func {
        if !matches!(self.code.last(), Some(Instr::End | Instr::Return(_))) || self.code.is_empty()
        {
            self.code.push(Instr::End);
            self.spans.push(self.cur_span);
        }
        // A jump target may be one past the end: make it land on End.
        self.code.push(Instr::End);
        self.spans.push(self.cur_span);
        for (at, label) in std::mem::take(&mut self.gotos) {
            if let Some(&t) = self.labels.get(&label) {
                patch(&mut self.code[at], t);
            }
        }
        Func {
            name: self.name,
            nparams: self.nparams,
            results: self.results,
            result_cells: self.result_cells,
            param_cells: self.param_cells,
            capture_slots: self.captures.iter().map(|c| c.1).collect(),
            nslots: self.nslots.max(1),
            code: self.code,
            spans: self.spans,
            variadic,
            native: None,
            file: self.file,
            span: self.span,
            plain: false,
            tail: Box::new([]),
        }
    }
}

/// Sets the jump target of a jump-like statement.
pub fn patch(i: &mut Instr, to: u32) {
    match i {
        Instr::Jump(t) | Instr::JumpIfNot(_, t) | Instr::JumpIf(_, t) => *t = to,
        Instr::RangeNext { exit, .. } => *exit = to,
        _ => {}
    }
}

/// The functions being lowered, innermost last.
pub struct Stack {
    pub fns: Vec<FnCx>,
}

impl Stack {
    pub fn top(&mut self) -> &mut FnCx {
        let n = self.fns.len();
        &mut self.fns[n - 1]
    }

    /// Appends a statement; returns its index.
    pub fn emit(&mut self, i: Instr, span: Span) -> usize {
        let f = self.top();
        f.code.push(i);
        f.spans.push(if span == Span::default() {
            f.cur_span
        } else {
            span
        });
        f.code.len() - 1
    }

    /// Index of the next statement.
    pub fn here(&mut self) -> u32 {
        self.top().code.len() as u32
    }

    pub fn patch_here(&mut self, at: usize) {
        let h = self.here();
        patch(&mut self.top().code[at], h);
    }

    pub fn new_slot(&mut self) -> Slot {
        let f = self.top();
        f.nslots += 1;
        f.nslots - 1
    }

    /// Slot and cell-ness of a variable visible in the innermost function,
    /// capturing it from enclosing functions when needed.
    pub fn var(&mut self, obj: ObjId) -> Option<(Slot, bool)> {
        let n = self.fns.len();
        self.var_at(n - 1, obj)
    }

    fn var_at(&mut self, level: usize, obj: ObjId) -> Option<(Slot, bool)> {
        if let Some(v) = self.fns[level].vars.get(&obj) {
            return Some(*v);
        }
        if level == 0 {
            return None;
        }
        self.var_at(level - 1, obj)?;
        let f = &mut self.fns[level];
        f.nslots += 1;
        let slot = f.nslots - 1;
        f.captures.push((obj, slot));
        f.vars.insert(obj, (slot, true));
        Some((slot, true))
    }

    /// Declares a new local variable.
    pub fn declare(&mut self, lw: &Lowerer, obj: ObjId) -> (Slot, bool) {
        let cell = lw.cp.obj(obj).var_info().is_some_and(|v| v.escapes());
        let s = self.new_slot();
        self.top().vars.insert(obj, (s, cell));
        (s, cell)
    }

    /// The place of a variable object (local, captured or global).
    pub fn var_place(&mut self, lw: &Lowerer, obj: ObjId) -> Place {
        if let Some(g) = lw.globals.get(&obj) {
            return Place::Global(*g);
        }
        match self.var(obj) {
            Some((s, true)) => Place::Cell(s),
            Some((s, false)) => Place::Local(s),
            None => Place::Blank,
        }
    }

    /// Declares the parameters and results of the function on top.
    pub fn declare_params<'f>(
        &mut self,
        lw: &Lowerer,
        params: impl Iterator<Item = &'f ast::Field>,
        results: &[ast::Field],
        sig: &TypeId,
        _method: bool,
    ) -> Result<(), String> {
        let mut np = 0;
        for f in params {
            if f.names.is_empty() {
                self.new_slot();
                np += 1;
            }
            for n in &f.names {
                np += 1;
                match lw.cp.defs.get(n.id) {
                    Some(&obj) => {
                        let (s, cell) = self.declare(lw, obj);
                        if cell {
                            self.top().param_cells.push(s);
                        }
                    }
                    None => {
                        self.new_slot();
                    }
                }
            }
        }
        self.top().nparams = np;
        let rtypes = lw
            .tt
            .signature(*sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        let mut i = 0;
        for f in results {
            let names: Vec<Option<&ast::Ident>> = if f.names.is_empty() {
                vec![None]
            } else {
                f.names.iter().map(Some).collect()
            };
            for n in names {
                let ty = rtypes.get(i).copied();
                i += 1;
                let zero = ty.map(|t| lw.zero(t)).unwrap_or_default();
                let obj = n.and_then(|n| lw.cp.defs.get(n.id).copied());
                let (_, cell) = match obj {
                    Some(o) => self.declare(lw, o),
                    None => (self.new_slot(), false),
                };
                let f = self.top();
                f.results.push(zero);
                f.result_cells.push(cell);
            }
        }
        Ok(())
    }

    /// Lowers a function body.
    pub fn lower_body(&mut self, lw: &mut Lowerer, body: &ast::Block) -> Result<(), String> {
        self.stmts(lw, &body.stmts)?;
        self.top().cur_span = body.rbrace;
        self.emit(Instr::End, body.rbrace);
        Ok(())
    }

    /// Lowers a function literal; returns the closure expression.
    pub fn func_lit(
        &mut self,
        lw: &mut Lowerer,
        ty: &ast::FuncType,
        body: &ast::Block,
        sig: TypeId,
        span: Span,
    ) -> Result<Expr, String> {
        let outer = self.fns[0].name.clone();
        let depth = self.fns.len();
        let n = lw.lit_counter.entry(outer.clone()).or_insert(0);
        *n += 1;
        let name = if depth == 1 {
            format!("{outer}.func{n}")
        } else {
            format!("{}.{n}", self.top().name)
        };
        let file = self.top().file;
        let mut fx = FnCx::new(name, file);
        fx.span = span;
        self.fns.push(fx);
        self.declare_params(lw, ty.params.iter(), &ty.results, &sig, false)?;
        self.lower_body(lw, body)?;
        let fx = self.fns.pop().ok_or("lowering stack underflow")?;
        let outer_slots: Vec<Slot> = fx
            .captures
            .iter()
            .map(|(o, _)| self.var(*o).map(|v| v.0).unwrap_or(0))
            .collect();
        let variadic = lw.tt.signature(sig).is_some_and(|s| s.variadic);
        let f = fx.finish(lw, variadic);
        let fid = lw.funcs.len() as u32;
        lw.funcs.push(Some(f));
        Ok(Expr::Closure(fid, outer_slots))
    }
}
