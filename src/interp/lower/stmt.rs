//! Lowering statements into jumps and simple statements.

use super::expr::{place_expr, unparen, R};
use super::func::{Stack, Target};
use super::Lowerer;
use crate::check::types::TypeKind;
use crate::interp::ir::{Expr, Instr, NumKind, Place, RangeKind};
use crate::syntax::ast::{self, BinOp, ExprKind, Span, StmtKind, UnOp};
use crate::value::Value;

impl Stack {
    pub fn stmts(&mut self, lw: &mut Lowerer, ss: &[ast::Stmt]) -> R<()> {
        for s in ss {
            self.stmt(lw, s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, lw: &mut Lowerer, s: &ast::Stmt) -> R<()> {
        self.top().cur_span = s.span;
        let label = self.top().pending_label.take();
        match &s.kind {
            StmtKind::Empty | StmtKind::Const(_) | StmtKind::Type(_) => {}
            StmtKind::Expr(e) => {
                let e = unparen(e);
                match &e.kind {
                    ExprKind::Call { .. } => self.call(lw, e, Vec::new())?,
                    ExprKind::Unary { op: UnOp::Recv, x } => {
                        let ch = self.expr(lw, x)?;
                        self.emit(
                            Instr::Recv {
                                ch,
                                dst: Place::Blank,
                                ok: Place::Blank,
                            },
                            s.span,
                        );
                    }
                    _ => {
                        let v = self.expr(lw, e)?;
                        self.emit(Instr::Eval(v), s.span);
                    }
                }
            }
            StmtKind::Send { ch, value } => {
                let c = self.expr(lw, ch)?;
                let v = self.expr_conv(lw, value)?;
                self.emit(Instr::Send { ch: c, val: v }, s.span);
            }
            StmtKind::IncDec { x, inc } => {
                let t = self.ty(lw, x)?;
                let p = self.place(lw, x)?;
                let p = self.freeze(p);
                let cur = self.read_place(lw, &p, t);
                let one = match lw.num_kind(t) {
                    NumKind::F32 | NumKind::F64 => Value::Float(1.0),
                    NumKind::Complex { .. } => Value::Complex(1.0, 0.0),
                    _ => Value::Int(1),
                };
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                let v = Expr::Binary(
                    op,
                    lw.num_kind(t),
                    Box::new(cur),
                    Box::new(Expr::Const(one)),
                );
                self.emit(Instr::Set(p, v), s.span);
            }
            StmtKind::Assign {
                lhs,
                op: Some(op),
                rhs,
            } => {
                let t = self.ty(lw, &lhs[0])?;
                let p = self.place(lw, &lhs[0])?;
                let p = self.freeze(p);
                let cur = self.read_place(lw, &p, t);
                let y = self.expr_conv(lw, &rhs[0])?;
                let v = Expr::Binary(*op, lw.num_kind(t), Box::new(cur), Box::new(y));
                self.emit(Instr::Set(p, v), s.span);
            }
            StmtKind::Assign { lhs, op: None, rhs } => {
                let mut places = Vec::new();
                for l in lhs {
                    let p = self.place(lw, l)?;
                    places.push(if lhs.len() > 1 { self.freeze(p) } else { p });
                }
                self.assign_from(lw, places, rhs, s.span)?;
            }
            StmtKind::Define { lhs, rhs } => {
                let places = self.define_places(
                    lw,
                    lhs.iter().map(|e| match &e.kind {
                        ExprKind::Ident(id) => Some(id),
                        _ => None,
                    }),
                )?;
                self.assign_from(lw, places, rhs, s.span)?;
            }
            StmtKind::Var(vd) => {
                for spec in &vd.specs {
                    let places = self.define_places(lw, spec.names.iter().map(Some))?;
                    if spec.values.is_empty() {
                        for (p, n) in places.into_iter().zip(&spec.names) {
                            if let Some(o) = lw.cp.defs.get(n.id) {
                                let z = lw.zero(lw.cp.obj(*o).ty);
                                self.emit(Instr::Set(p, Expr::Const(z)), spec.span);
                            }
                        }
                    } else {
                        self.assign_from(lw, places, &spec.values, spec.span)?;
                    }
                }
            }
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                let parts = self.call_parts(lw, unparen(call))?;
                let i = if matches!(s.kind, StmtKind::Go(_)) {
                    Instr::Go {
                        callee: parts.callee,
                        args: parts.args,
                        spread: parts.spread,
                    }
                } else {
                    Instr::Defer {
                        callee: parts.callee,
                        args: parts.args,
                        spread: parts.spread,
                    }
                };
                self.emit(i, s.span);
            }
            StmtKind::Return(es) => {
                let mut vals = Vec::new();
                if es.len() == 1 && lw.tt.tuple_elems(self.ty(lw, &es[0])?).len() > 1 {
                    let n = lw.tt.tuple_elems(self.ty(lw, &es[0])?).len();
                    let temps: Vec<u32> = (0..n).map(|_| self.temp()).collect();
                    self.call(lw, &es[0], temps.iter().map(|t| Place::Local(*t)).collect())?;
                    vals = temps.into_iter().map(Expr::Local).collect();
                } else {
                    for e in es {
                        vals.push(self.expr_conv(lw, e)?);
                    }
                }
                self.emit(Instr::Return(vals), s.span);
            }
            StmtKind::Break(l) => {
                let idx = self.find_target(l.as_ref(), false)?;
                let j = self.emit(Instr::Jump(0), s.span);
                self.top().targets[idx].breaks.push(j);
            }
            StmtKind::Continue(l) => {
                let idx = self.find_target(l.as_ref(), true)?;
                let j = self.emit(Instr::Jump(0), s.span);
                self.top().targets[idx].continues.push(j);
            }
            StmtKind::Goto(l) => {
                let j = self.emit(Instr::Jump(0), s.span);
                self.top().gotos.push((j, l.name.clone()));
            }
            // A clause's final fallthrough is consumed by the switch lowering
            // (the next body is laid out right after).
            StmtKind::Fallthrough => {}
            StmtKind::Block(b) => self.stmts(lw, &b.stmts)?,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(lw, i)?;
                }
                let c = self.expr(lw, cond)?;
                let j = self.emit(Instr::JumpIfNot(c, 0), cond.span);
                self.stmts(lw, &then.stmts)?;
                match els {
                    Some(e) => {
                        let j2 = self.emit(Instr::Jump(0), then.rbrace);
                        self.patch_here(j);
                        self.stmt(lw, e)?;
                        self.patch_here(j2);
                    }
                    None => self.patch_here(j),
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(lw, label, init, cond, post, body)?,
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(lw, label, key, value, *define, x, body)?,
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(lw, label, init, tag, body)?,
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(lw, label, init, bind, x, body)?,
            StmtKind::Select { body, .. } => self.select_stmt(lw, label, body)?,
            StmtKind::Labeled { label, stmt } => {
                let h = self.here();
                self.top().labels.insert(label.name.clone(), h);
                self.top().pending_label = Some(label.name.clone());
                self.stmt(lw, stmt)?;
            }
        }
        Ok(())
    }

    /// Reads a place as an expression (map entries read their zero when absent).
    fn read_place(&self, lw: &Lowerer, p: &Place, t: crate::check::types::TypeId) -> Expr {
        match place_expr(p.clone()) {
            Expr::MapIndex { m, k, comma_ok, .. } => Expr::MapIndex {
                m,
                k,
                zero: lw.zero(t),
                comma_ok,
            },
            e => e,
        }
    }

    /// Evaluates the operands of a place into temporaries, so that a later
    /// store sees the values they had now.
    fn freeze(&mut self, p: Place) -> Place {
        let fz = |s: &mut Self, e: Expr| -> Expr {
            match e {
                Expr::Const(_) | Expr::Local(_) => e,
                e => {
                    let t = s.temp();
                    s.emit(Instr::Set(Place::Local(t), e), Span::default());
                    Expr::Local(t)
                }
            }
        };
        match p {
            Place::Deref(e) => Place::Deref(fz(self, e)),
            Place::SliceIndex(s, i) => {
                let s = fz(self, s);
                Place::SliceIndex(s, fz(self, i))
            }
            Place::MapEntry(m, k) => {
                let m = fz(self, m);
                Place::MapEntry(m, fz(self, k))
            }
            Place::ArrayIndex(b, i) => {
                let b = self.freeze(*b);
                Place::ArrayIndex(Box::new(b), fz(self, i))
            }
            Place::Field(b, i) => Place::Field(Box::new(self.freeze(*b)), i),
            p => p,
        }
    }

    /// Places for the left side of `:=` / `var`: new variables are declared
    /// (escaping ones get a fresh cell now).
    pub(super) fn define_places<'i>(
        &mut self,
        lw: &mut Lowerer,
        ids: impl Iterator<Item = Option<&'i ast::Ident>>,
    ) -> R<Vec<Place>> {
        let mut out = Vec::new();
        for id in ids {
            let Some(id) = id else {
                out.push(Place::Blank);
                continue;
            };
            if id.is_blank() {
                out.push(Place::Blank);
                continue;
            }
            if let Some(&obj) = lw.cp.defs.get(id.id) {
                let (s, cell) = self.declare(lw, obj);
                if cell {
                    let z = lw.zero(lw.cp.obj(obj).ty);
                    self.emit(Instr::NewCell(s, Expr::Const(z)), id.span);
                    out.push(Place::Cell(s));
                } else {
                    out.push(Place::Local(s));
                }
            } else if let Some(&obj) = lw.cp.uses.get(id.id) {
                out.push(self.var_place(lw, obj));
            } else {
                out.push(Place::Blank);
            }
        }
        Ok(out)
    }

    /// `places = rhs...` with Go's multi-value forms.
    pub fn assign_from(
        &mut self,
        lw: &mut Lowerer,
        places: Vec<Place>,
        rhs: &[ast::Expr],
        span: Span,
    ) -> R<()> {
        if places.len() == rhs.len() {
            if places.len() == 1 {
                let r = unparen(&rhs[0]);
                let direct = matches!(r.kind, ExprKind::Call { .. })
                    && lw.cp.conversions.get(rhs[0].id).is_none()
                    && lw
                        .cp
                        .type_of(r)
                        .is_some_and(|t| t.mode != crate::check::info::Mode::Type);
                if direct && !self.is_special_call(lw, r) {
                    return self.call(lw, r, places);
                }
                let v = self.expr_conv(lw, &rhs[0])?;
                let p = places.into_iter().next().unwrap_or(Place::Blank);
                self.emit(Instr::Set(p, v), span);
                return Ok(());
            }
            let mut vals = Vec::new();
            for e in rhs {
                vals.push(self.expr_conv(lw, e)?);
            }
            self.emit(Instr::SetN(places, vals), span);
            return Ok(());
        }
        let r = unparen(rhs.first().ok_or("assignment without value")?);
        match &r.kind {
            ExprKind::Call { .. } => self.call(lw, r, places),
            ExprKind::Unary { op: UnOp::Recv, x } => {
                let ch = self.expr(lw, x)?;
                let mut it = places.into_iter();
                let dst = it.next().unwrap_or(Place::Blank);
                let ok = it.next().unwrap_or(Place::Blank);
                self.emit(Instr::Recv { ch, dst, ok }, span);
                Ok(())
            }
            ExprKind::Index { .. } | ExprKind::TypeAssert { .. } => {
                let v = match self.expr(lw, r)? {
                    Expr::MapIndex { m, k, zero, .. } => Expr::MapIndex {
                        m,
                        k,
                        zero,
                        comma_ok: true,
                    },
                    Expr::TypeAssert {
                        x,
                        ty,
                        iface,
                        src,
                        zero,
                        ..
                    } => Expr::TypeAssert {
                        x,
                        ty,
                        iface,
                        src,
                        comma_ok: true,
                        zero,
                    },
                    _ => return Err("bad comma-ok assignment".into()),
                };
                let t = self.temp();
                self.emit(Instr::Set(Place::Local(t), v), span);
                let vals = (0..places.len() as u32)
                    .map(|i| Expr::TupleGet(Box::new(Expr::Local(t)), i))
                    .collect();
                self.emit(Instr::SetN(places, vals), span);
                Ok(())
            }
            _ => Err("unsupported multi-value assignment".into()),
        }
    }

    fn is_special_call(&self, lw: &Lowerer, e: &ast::Expr) -> bool {
        let ExprKind::Call { fun, .. } = &e.kind else {
            return false;
        };
        lw.cp.type_of(unparen(fun)).is_some_and(|t| {
            t.mode == crate::check::info::Mode::Builtin || t.mode == crate::check::info::Mode::Type
        })
    }

    fn find_target(&mut self, label: Option<&ast::Ident>, cont: bool) -> R<usize> {
        let ts = &self.top().targets;
        for i in (0..ts.len()).rev() {
            let t = &ts[i];
            let ok = match label {
                Some(l) => t.label.as_deref() == Some(&*l.name),
                None => !cont || t.is_loop,
            };
            if ok && (!cont || t.is_loop) {
                return Ok(i);
            }
        }
        Err("break/continue outside of a loop".into())
    }

    pub(super) fn push_target(&mut self, label: Option<ast::Name>, is_loop: bool) {
        self.top().targets.push(Target {
            label,
            breaks: Vec::new(),
            continues: Vec::new(),
            is_loop,
        });
    }

    /// Pops a target, pointing its continues at `cont` and breaks here.
    pub(super) fn pop_target(&mut self, cont: u32) {
        let Some(t) = self.top().targets.pop() else {
            return;
        };
        for c in t.continues {
            super::func::patch(&mut self.top().code[c], cont);
        }
        for b in t.breaks {
            self.patch_here(b);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        lw: &mut Lowerer,
        label: Option<ast::Name>,
        init: &Option<Box<ast::Stmt>>,
        cond: &Option<ast::Expr>,
        post: &Option<Box<ast::Stmt>>,
        body: &ast::Block,
    ) -> R<()> {
        let before: std::collections::HashSet<u32> =
            self.top().vars.values().map(|v| v.0).collect();
        if let Some(i) = init {
            self.stmt(lw, i)?;
        }
        // Per-iteration copies of escaping loop variables (Go 1.22).
        let loop_cells: Vec<u32> = self
            .top()
            .vars
            .values()
            .filter(|v| v.1 && !before.contains(&v.0))
            .map(|v| v.0)
            .collect();
        let top = self.here();
        let exit = match cond {
            Some(c) => {
                let c = self.expr(lw, c)?;
                Some(self.emit(Instr::JumpIfNot(c, 0), body.lbrace))
            }
            None => None,
        };
        self.push_target(label, true);
        self.stmts(lw, &body.stmts)?;
        let cont = self.here();
        for s in loop_cells {
            self.emit(Instr::NewCell(s, Expr::CellGet(s)), body.rbrace);
        }
        if let Some(p) = post {
            self.stmt(lw, p)?;
        }
        self.emit(Instr::Jump(top), body.rbrace);
        if let Some(j) = exit {
            self.patch_here(j);
        }
        self.pop_target(cont);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        lw: &mut Lowerer,
        label: Option<ast::Name>,
        key: &Option<ast::Expr>,
        value: &Option<ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
    ) -> R<()> {
        let xt = self.ty(lw, x)?;
        let kind = match lw.tt.under(xt) {
            TypeKind::Basic(k) if k.is_integer() => RangeKind::Int,
            TypeKind::Basic(_) => RangeKind::String,
            TypeKind::Slice(_) => RangeKind::Slice,
            TypeKind::Array(..) | TypeKind::Pointer(_) => RangeKind::Array,
            TypeKind::Map(..) => RangeKind::Map,
            TypeKind::Chan(..) => RangeKind::Chan,
            _ => return Err("range over functions is not supported".into()),
        };
        let xv = self.expr(lw, x)?;
        let state = self.temp();
        self.temp();
        self.emit(Instr::RangeInit { kind, x: xv, state }, x.span);
        // Key/value destinations: temporaries when the variables are new
        // (copied into fresh variables each iteration).
        let (kt, vt) = (self.temp(), self.temp());
        let top = self.here();
        let next = self.emit(
            Instr::RangeNext {
                kind,
                state,
                key: Place::Local(kt),
                val: Place::Local(vt),
                exit: 0,
            },
            x.span,
        );
        let mut assigns = Vec::new();
        for (e, t) in [(key, kt), (value, vt)] {
            let Some(e) = e else { continue };
            let p = if define {
                let ExprKind::Ident(id) = &e.kind else {
                    continue;
                };
                self.define_places(lw, std::iter::once(Some(id)))?.remove(0)
            } else {
                self.place(lw, e)?
            };
            assigns.push((p, t));
        }
        for (p, t) in assigns {
            self.emit(Instr::Set(p, Expr::Local(t)), x.span);
        }
        self.push_target(label, true);
        self.stmts(lw, &body.stmts)?;
        let cont = self.here();
        self.emit(Instr::Jump(top), body.rbrace);
        self.patch_here(next);
        self.pop_target(cont);
        Ok(())
    }
}
