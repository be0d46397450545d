//! Lowering calls: conversions, built-ins, and calls of functions, methods
//! (static or through interfaces) and func values, with arguments
//! converted to the parameter types and variadic arguments packed.

use super::expr::{unparen, R};
use super::func::Stack;
use super::Lowerer;
use crate::check::info::{Builtin, Mode, ObjKind, SelectionKind};
use crate::check::types::{TypeId, TypeKind};
use crate::interp::ir::{BuiltinOp, Callee, ConvKind, Expr, Instr, Place, SeqKind};
use crate::syntax::ast::{self, ExprKind};
use crate::value::Value;

/// A call split into what to call and the evaluated argument list.
pub struct CallParts {
    pub callee: Callee,
    pub args: Vec<Expr>,
    pub spread: bool,
}

impl Stack {
    /// Conversions and value-returning built-ins that are pure expressions.
    pub(super) fn call_special(&mut self, lw: &mut Lowerer, e: &ast::Expr) -> R<Option<Expr>> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Ok(None);
        };
        let f = unparen(fun);
        let ftv = self.tv(lw, f)?;
        if ftv.mode == Mode::Type {
            let to = ftv.ty;
            let a = args.first().ok_or("conversion without argument")?;
            let from = self.ty(lw, a)?;
            let x = self.expr(lw, a)?;
            if lw.is_iface(to) {
                return Ok(Some(self.convert_to(lw, x, from, to)?));
            }
            let k = lw.conv_kind(from, to);
            return Ok(Some(if k == ConvKind::Nop {
                x
            } else {
                Expr::Convert(k, Box::new(x))
            }));
        }
        if ftv.mode != Mode::Builtin {
            return Ok(None);
        }
        let b = builtin_of(lw, f).ok_or("unknown built-in")?;
        let ty = self.ty(lw, e)?;
        Ok(Some(match b {
            Builtin::Len | Builtin::Cap => {
                let a = &args[0];
                let k = lw.seq_kind(self.ty(lw, a)?);
                let x = self.expr(lw, a)?;
                if b == Builtin::Len {
                    Expr::Len(k, Box::new(x))
                } else {
                    Expr::Cap(k, Box::new(x))
                }
            }
            Builtin::Append => {
                let s = self.expr(lw, &args[0])?;
                let spread = ellipsis.is_some();
                let string_src = spread
                    && args
                        .get(1)
                        .map(|a| self.ty(lw, a))
                        .transpose()?
                        .is_some_and(|t| lw.seq_kind(t) == SeqKind::String);
                let mut elems = Vec::new();
                let elem_t = match lw.tt.under(ty) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => None,
                };
                for a in &args[1..] {
                    let v = self.expr_conv(lw, a)?;
                    let at = self.ty(lw, a)?;
                    elems.push(match elem_t {
                        Some(et) if !spread => self.convert_to(lw, v, at, et)?,
                        _ => v,
                    });
                }
                let elem = elem_t.map_or((8, true), |t| lw.size_of(t));
                Expr::Append {
                    s: Box::new(s),
                    elems,
                    spread,
                    string_src,
                    elem,
                }
            }
            Builtin::Make => {
                let t = self.ty(lw, &args[0])?;
                let mut rest = Vec::new();
                for a in &args[1..] {
                    rest.push(self.expr(lw, a)?);
                }
                let mut it = rest.into_iter();
                match lw.tt.under(t).clone() {
                    TypeKind::Slice(el) => {
                        let len = it.next().unwrap_or(Expr::Const(Value::Int(0)));
                        Expr::MakeSlice {
                            len: Box::new(len),
                            cap: it.next().map(Box::new),
                            zero: lw.zero(el),
                        }
                    }
                    TypeKind::Map(..) => Expr::MakeMap,
                    TypeKind::Chan(_, el) => Expr::MakeChan {
                        cap: it.next().map(Box::new),
                        zero: lw.zero(el),
                    },
                    _ => return Err("bad make".into()),
                }
            }
            Builtin::New => {
                let t = self.ty(lw, &args[0])?;
                Expr::NewCell(Box::new(Expr::Const(lw.zero(t))))
            }
            Builtin::Copy => {
                let d = self.expr(lw, &args[0])?;
                let s = self.expr(lw, &args[1])?;
                Expr::Copy(Box::new(d), Box::new(s))
            }
            Builtin::Min | Builtin::Max => {
                let mut v = Vec::new();
                for a in args {
                    v.push(self.expr(lw, a)?);
                }
                Expr::MinMax(b == Builtin::Max, lw.num_kind(ty), v)
            }
            Builtin::Recover => {
                let t = self.temp();
                self.emit(Instr::Recover(Place::Local(t)), e.span);
                Expr::Local(t)
            }
            Builtin::Complex => {
                let c64 = lw.basic(ty) == Some(crate::check::types::BasicKind::Complex64);
                let re = self.expr(lw, &args[0])?;
                let im = self.expr(lw, &args[1])?;
                Expr::Complex(c64, Box::new(re), Box::new(im))
            }
            Builtin::Real | Builtin::Imag => {
                let k = if b == Builtin::Real {
                    ConvKind::Real
                } else {
                    ConvKind::Imag
                };
                Expr::Convert(k, Box::new(self.expr(lw, &args[0])?))
            }
            _ => {
                self.call(lw, e, Vec::new())?;
                Expr::Const(Value::Nil)
            }
        }))
    }

    /// Emits a call statement storing the results into `dst`.
    pub fn call(&mut self, lw: &mut Lowerer, e: &ast::Expr, dst: Vec<Place>) -> R<()> {
        let ExprKind::Call { fun, .. } = &e.kind else {
            let v = self.expr(lw, e)?;
            self.emit(
                Instr::Set(dst.into_iter().next().unwrap_or(Place::Blank), v),
                e.span,
            );
            return Ok(());
        };
        let ftv = self.tv(lw, unparen(fun))?;
        if ftv.mode == Mode::Type
            || (ftv.mode == Mode::Builtin && !is_stmt_builtin(builtin_of(lw, unparen(fun))))
        {
            let v = self.call_special(lw, e)?.unwrap_or(Expr::Const(Value::Nil));
            if let Some(p) = dst.into_iter().next() {
                self.emit(Instr::Set(p, v), e.span);
            } else {
                self.emit(Instr::Eval(v), e.span);
            }
            return Ok(());
        }
        let parts = self.call_parts(lw, e)?;
        self.emit(
            Instr::Call {
                callee: parts.callee,
                args: parts.args,
                spread: parts.spread,
                dst,
            },
            e.span,
        );
        Ok(())
    }

    /// `f(g())` with a multi-value `g`: calls `g` into fresh temporaries
    /// and returns them with their types; `None` for any other argument
    /// list (nothing emitted).
    fn spread_call(
        &mut self,
        lw: &mut Lowerer,
        args: &[ast::Expr],
    ) -> R<Option<(Vec<u32>, Vec<TypeId>)>> {
        if args.len() != 1 || lw.tt.tuple_elems(self.ty(lw, &args[0])?).len() <= 1 {
            return Ok(None);
        }
        let rt = lw.tt.tuple_elems(self.ty(lw, &args[0])?);
        let temps: Vec<u32> = rt.iter().map(|_| self.temp()).collect();
        self.call(
            lw,
            &args[0],
            temps.iter().map(|t| Place::Local(*t)).collect(),
        )?;
        Ok(Some((temps, rt)))
    }

    /// Evaluates the callee and arguments of a call (also for go/defer).
    pub fn call_parts(&mut self, lw: &mut Lowerer, e: &ast::Expr) -> R<CallParts> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Err("not a call".into());
        };
        let f = unparen(fun);
        let ftv = self.tv(lw, f)?;
        if ftv.mode == Mode::Builtin {
            let b = builtin_of(lw, f).ok_or("unknown built-in")?;
            let op = match b {
                Builtin::Panic => BuiltinOp::Panic,
                Builtin::Print => BuiltinOp::Print,
                Builtin::Println => BuiltinOp::Println,
                Builtin::Delete => BuiltinOp::Delete,
                Builtin::Clear => BuiltinOp::Clear,
                Builtin::Close => BuiltinOp::Close,
                _ => return Err(format!("{} cannot be deferred here", b.name())),
            };
            let mut vals = Vec::new();
            if let Some((temps, rt)) = self.spread_call(lw, args)? {
                // println(f()) with a multi-value f.
                for (t, ty) in temps.into_iter().zip(rt) {
                    vals.push(self.convert_to(lw, Expr::Local(t), ty, lw.tt.empty_iface)?);
                }
                return Ok(CallParts {
                    callee: Callee::Builtin(op),
                    args: vals,
                    spread: false,
                });
            }
            for a in args {
                let v = self.expr_conv(lw, a)?;
                // panic takes an interface; print/println see the static
                // type too (to print unsigned integers).
                let v = if matches!(b, Builtin::Panic | Builtin::Print | Builtin::Println) {
                    let at = self.ty(lw, a)?;
                    self.convert_to(lw, v, at, lw.tt.empty_iface)?
                } else {
                    v
                };
                vals.push(v);
            }
            return Ok(CallParts {
                callee: Callee::Builtin(op),
                args: vals,
                spread: false,
            });
        }
        let mut pre = Vec::new();
        let callee = match &f.kind {
            ExprKind::Selector { x, sel } if lw.cp.selections.get(f.id).is_some() => {
                let s = lw.cp.selections.get(f.id).cloned().ok_or("selection")?;
                match s.kind {
                    SelectionKind::MethodVal {
                        method,
                        adjust,
                        iface_index,
                    } => {
                        let recv = self.receiver(lw, x, &s.path, adjust)?;
                        match lw.func_of.get(&method) {
                            Some(fid) if iface_index.is_none() => {
                                pre.push(recv);
                                Callee::Static(*fid)
                            }
                            _ => Callee::Iface {
                                recv,
                                method: sel.name.clone(),
                            },
                        }
                    }
                    _ => Callee::Value(self.expr(lw, f)?),
                }
            }
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let id = match &f.kind {
                    ExprKind::Ident(i) => i,
                    ExprKind::Selector { sel, .. } => sel,
                    _ => unreachable!(),
                };
                match lw
                    .cp
                    .object_of(id)
                    .and_then(|o| lw.func_of.get(&o).copied())
                {
                    Some(fid) => Callee::Static(fid),
                    None => Callee::Value(self.expr(lw, f)?),
                }
            }
            _ => Callee::Value(self.expr(lw, f)?),
        };
        let sig = lw
            .tt
            .signature(ftv.ty)
            .cloned()
            .ok_or("call of non-function")?;
        let mut vals = Vec::new();
        let mut types = Vec::new();
        if let Some((temps, rt)) = self.spread_call(lw, args)? {
            vals = temps.into_iter().map(Expr::Local).collect();
            types = rt;
        } else {
            for a in args {
                vals.push(self.expr_conv(lw, a)?);
                let t = self.ty(lw, a)?;
                types.push(lw.cp.conversions.get(a.id).copied().unwrap_or(t));
            }
        }
        // Implicit conversions to the parameter types (interfaces).
        let np = sig.params.len();
        for (i, v) in vals.iter_mut().enumerate() {
            let pt = if sig.variadic && i + 1 >= np && ellipsis.is_none() {
                match lw.tt.under(sig.params[np - 1]) {
                    TypeKind::Slice(e) => *e,
                    _ => continue,
                }
            } else {
                match sig.params.get(i) {
                    Some(p) => *p,
                    None => continue,
                }
            };
            let taken = std::mem::replace(v, Expr::Const(Value::Nil));
            *v = self.convert_to(lw, taken, types[i], pt)?;
        }
        if sig.variadic && ellipsis.is_none() {
            let fixed = np.saturating_sub(1);
            let rest: Vec<Expr> = vals.drain(fixed.min(vals.len())..).collect();
            let packed = if rest.is_empty() {
                Expr::Const(Value::Nil)
            } else {
                Expr::SliceLit {
                    len: rest.len() as u32,
                    zero: Value::Nil,
                    elems: rest
                        .into_iter()
                        .enumerate()
                        .map(|(i, e)| (i as u32, e))
                        .collect(),
                }
            };
            vals.push(packed);
        }
        pre.extend(vals);
        Ok(CallParts {
            callee,
            args: pre,
            spread: ellipsis.is_some(),
        })
    }
}

/// The built-in a callee expression names.
pub fn builtin_of(lw: &Lowerer, f: &ast::Expr) -> Option<Builtin> {
    let ExprKind::Ident(id) = &unparen(f).kind else {
        return None;
    };
    match &lw.cp.obj(lw.cp.object_of(id)?).kind {
        ObjKind::Builtin(b) => Some(*b),
        _ => None,
    }
}

fn is_stmt_builtin(b: Option<Builtin>) -> bool {
    matches!(
        b,
        Some(
            Builtin::Panic
                | Builtin::Print
                | Builtin::Println
                | Builtin::Delete
                | Builtin::Clear
                | Builtin::Close
        )
    )
}
