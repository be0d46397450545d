//! Lowering the branching statements: expression switches (with
//! fallthrough), type switches and select, as tests and jumps to clause
//! bodies laid out in source order.

use super::expr::{unparen, R};
use super::func::Stack;
use super::Lowerer;
use crate::interp::ir::{Expr, Instr, NumKind, Place, SelectCase};
use crate::syntax::ast::{self, BinOp, ExprKind, Span, StmtKind, UnOp};
use crate::value::Value;

impl Stack {
    pub(super) fn switch_stmt(
        &mut self,
        lw: &mut Lowerer,
        label: Option<ast::Name>,
        init: &Option<Box<ast::Stmt>>,
        tag: &Option<ast::Expr>,
        body: &[ast::CaseClause],
    ) -> R<()> {
        if let Some(i) = init {
            self.stmt(lw, i)?;
        }
        let tagv = match tag {
            Some(t) => {
                let v = self.expr_conv(lw, t)?;
                let s = self.temp();
                self.emit(Instr::Set(Place::Local(s), v), t.span);
                Some((s, self.ty(lw, t)?))
            }
            None => None,
        };
        // Tests, in order; each jumps to its clause body.
        let mut to_body: Vec<(usize, usize)> = Vec::new();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            let Some(list) = &c.list else {
                default = Some(ci);
                continue;
            };
            for e in list {
                let cond = match &tagv {
                    Some((s, tt)) => {
                        let v = self.expr_conv(lw, e)?;
                        let et = self.ty(lw, e)?;
                        let k = lw.num_kind(*tt);
                        if lw.is_iface(*tt)
                            || lw.is_iface(et)
                            || matches!(k, NumKind::Other | NumKind::Bool)
                        {
                            let v = self.convert_to(lw, v, et, *tt)?;
                            Expr::Eq {
                                neg: false,
                                x: Box::new(Expr::Local(*s)),
                                y: Box::new(v),
                            }
                        } else {
                            Expr::Binary(BinOp::Eql, k, Box::new(Expr::Local(*s)), Box::new(v))
                        }
                    }
                    None => self.expr(lw, e)?,
                };
                let j = self.emit(Instr::JumpIf(cond, 0), e.span);
                to_body.push((j, ci));
            }
        }
        let to_default = self.emit(Instr::Jump(0), Span::default());
        self.push_target(label, false);
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for c in body {
            starts.push(self.here());
            let fall = matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            let stmts = if fall {
                &c.body[..c.body.len() - 1]
            } else {
                &c.body[..]
            };
            self.stmts(lw, stmts)?;
            if fall {
                ends.push(None);
                // Falls into the next clause body, laid out right after.
            } else {
                ends.push(Some(self.emit(Instr::Jump(0), c.span)));
            }
        }
        self.patch_clause_jumps(to_body, &starts, default, to_default);
        for e in ends.into_iter().flatten() {
            self.patch_here(e);
        }
        self.pop_target(0);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch(
        &mut self,
        lw: &mut Lowerer,
        label: Option<ast::Name>,
        init: &Option<Box<ast::Stmt>>,
        bind: &Option<ast::Ident>,
        x: &ast::Expr,
        body: &[ast::CaseClause],
    ) -> R<()> {
        if let Some(i) = init {
            self.stmt(lw, i)?;
        }
        let xv = self.expr(lw, x)?;
        let xs = self.temp();
        self.emit(Instr::Set(Place::Local(xs), xv), x.span);
        let mut cases = Vec::new();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            let mut list = Vec::new();
            match &c.list {
                None => default = Some(ci),
                Some(es) => {
                    for e in es {
                        let tv = self.tv(lw, e)?;
                        if tv.mode == crate::check::info::Mode::Type {
                            list.push(Some((tv.ty, lw.is_iface(tv.ty))));
                        } else {
                            list.push(None);
                        }
                    }
                }
            }
            cases.push(list);
        }
        let idx = self.temp();
        self.emit(
            Instr::TypeSwitch {
                x: Expr::Local(xs),
                cases: cases.clone(),
                dst: idx,
            },
            x.span,
        );
        let mut jumps = Vec::new();
        for (ci, _) in body.iter().enumerate() {
            if Some(ci) == default {
                continue;
            }
            let cond = Expr::Binary(
                BinOp::Eql,
                NumKind::Int {
                    bits: 64,
                    signed: true,
                },
                Box::new(Expr::Local(idx)),
                Box::new(Expr::Const(Value::Int(ci as i64))),
            );
            jumps.push((self.emit(Instr::JumpIf(cond, 0), x.span), ci));
        }
        let to_default = self.emit(Instr::Jump(0), x.span);
        self.push_target(label, false);
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            starts.push(self.here());
            if let Some(b) = bind {
                if let Some(&obj) = lw.cp.implicits.get(&(b.id, ci as u32)) {
                    let (s, cell) = self.declare(lw, obj);
                    let single = match cases[ci].as_slice() {
                        [Some((t, false))] => Some(*t),
                        _ => None,
                    };
                    let v = match single {
                        Some(t) => Expr::TypeAssert {
                            x: Box::new(Expr::Local(xs)),
                            ty: t,
                            iface: false,
                            src: t,
                            comma_ok: false,
                            zero: lw.zero(t),
                        },
                        None => Expr::Local(xs),
                    };
                    if cell {
                        self.emit(Instr::NewCell(s, v), c.span);
                    } else {
                        self.emit(Instr::Set(Place::Local(s), v), c.span);
                    }
                }
            }
            self.stmts(lw, &c.body)?;
            ends.push(self.emit(Instr::Jump(0), c.span));
        }
        self.patch_clause_jumps(jumps, &starts, default, to_default);
        for e in ends {
            self.patch_here(e);
        }
        self.pop_target(0);
        Ok(())
    }

    pub(super) fn select_stmt(
        &mut self,
        lw: &mut Lowerer,
        label: Option<ast::Name>,
        body: &[ast::CommClause],
    ) -> R<()> {
        let mut cases = Vec::new();
        let mut has_default = false;
        // Per case: received value/ok temporaries and the left side to set.
        let mut binds: Vec<Option<(u32, u32, &ast::Stmt)>> = Vec::new();
        let mut case_of_clause = Vec::new();
        for c in body {
            let Some(comm) = &c.comm else {
                has_default = true;
                case_of_clause.push(None);
                continue;
            };
            case_of_clause.push(Some(cases.len()));
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let chv = self.expr(lw, ch)?;
                    let v = self.expr_conv(lw, value)?;
                    cases.push(SelectCase {
                        ch: chv,
                        send: Some(v),
                        dst: Place::Blank,
                        ok: Place::Blank,
                    });
                    binds.push(None);
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. } | StmtKind::Define { .. } => {
                    let recv = match &comm.kind {
                        StmtKind::Expr(e) => e,
                        StmtKind::Assign { rhs, .. } | StmtKind::Define { rhs, .. }
                            if !rhs.is_empty() =>
                        {
                            &rhs[0]
                        }
                        _ => return Err("bad select case".into()),
                    };
                    let ExprKind::Unary { op: UnOp::Recv, x } = &unparen(recv).kind else {
                        return Err("select case must be receive or send".into());
                    };
                    let chv = self.expr(lw, x)?;
                    let (vt, okt) = (self.temp(), self.temp());
                    cases.push(SelectCase {
                        ch: chv,
                        send: None,
                        dst: Place::Local(vt),
                        ok: Place::Local(okt),
                    });
                    binds.push(if matches!(comm.kind, StmtKind::Expr(_)) {
                        None
                    } else {
                        Some((vt, okt, &**comm))
                    });
                }
                _ => return Err("bad select case".into()),
            }
        }
        let chosen = self.temp();
        self.emit(
            Instr::Select {
                cases,
                has_default,
                chosen,
            },
            Span::default(),
        );
        let mut jumps = Vec::new();
        for (ci, c) in case_of_clause.iter().enumerate() {
            let k = c.map(|k| k as i64).unwrap_or(-1);
            let cond = Expr::Binary(
                BinOp::Eql,
                NumKind::Int {
                    bits: 64,
                    signed: true,
                },
                Box::new(Expr::Local(chosen)),
                Box::new(Expr::Const(Value::Int(k))),
            );
            jumps.push((self.emit(Instr::JumpIf(cond, 0), Span::default()), ci));
        }
        let out = self.emit(Instr::Jump(0), Span::default());
        self.push_target(label, false);
        let mut ends = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            let start = self.here();
            for (j, cj) in &jumps {
                if *cj == ci {
                    super::func::patch(&mut self.top().code[*j], start);
                }
            }
            if let Some(k) = case_of_clause[ci] {
                if let Some((vt, okt, comm)) = binds[k] {
                    match &comm.kind {
                        StmtKind::Define { lhs, .. } => {
                            let places = self.define_places(
                                lw,
                                lhs.iter().map(|e| match &e.kind {
                                    ExprKind::Ident(id) => Some(id),
                                    _ => None,
                                }),
                            )?;
                            self.bind_recv(places, vt, okt);
                        }
                        StmtKind::Assign { lhs, .. } => {
                            let mut places = Vec::new();
                            for l in lhs {
                                places.push(self.place(lw, l)?);
                            }
                            self.bind_recv(places, vt, okt);
                        }
                        _ => {}
                    }
                }
            }
            self.stmts(lw, &c.body)?;
            ends.push(self.emit(Instr::Jump(0), c.span));
        }
        self.patch_here(out);
        for e in ends {
            self.patch_here(e);
        }
        self.pop_target(0);
        Ok(())
    }

    /// Points each `(jump, clause)` of a switch's case tests at its
    /// clause's first statement (`starts[clause]`), and the fall-through
    /// jump `to_default` at the default clause or, without one, here.
    fn patch_clause_jumps(
        &mut self,
        jumps: Vec<(usize, usize)>,
        starts: &[u32],
        default: Option<usize>,
        to_default: usize,
    ) {
        for (j, ci) in jumps {
            let t = starts[ci];
            super::func::patch(&mut self.top().code[j], t);
        }
        match default {
            Some(d) => {
                let t = starts[d];
                super::func::patch(&mut self.top().code[to_default], t);
            }
            None => self.patch_here(to_default),
        }
    }

    fn bind_recv(&mut self, places: Vec<Place>, vt: u32, okt: u32) {
        let vals = [Expr::Local(vt), Expr::Local(okt)];
        let n = places.len();
        self.emit(
            Instr::SetN(places, vals.into_iter().take(n).collect()),
            Span::default(),
        );
    }
}
