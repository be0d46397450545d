//! The generic functions of packages `slices` and `maps`. gorun has no type
//! parameters, so these are typed like built-ins: each call's signature is
//! instantiated from its first argument (`slices.Index([]string, string) int`),
//! recorded on the callee expression, and the callee identifier refers to a
//! Func object with [`FuncBody::Generic`] that the interpreter binds to the
//! library's native `slices.Index` (which works on any slice value).
//!
//! `maps.Keys` / `maps.Values` return `iter.Seq[T]`, typed here as its
//! underlying `func(yield func(T) bool)`, which `slices.Sorted` and
//! `slices.Collect` accept.

use crate::check::checker::Checker;
use crate::check::expr::{OpMode, Operand};
use crate::check::info::*;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::syntax::ast::{Expr, Span};

/// The functions supported, by package path.
const SLICES: &[&str] = &[
    "BinarySearch",
    "Clone",
    "Collect",
    "Compact",
    "Contains",
    "ContainsFunc",
    "Delete",
    "Equal",
    "Index",
    "IndexFunc",
    "Insert",
    "Max",
    "Min",
    "Reverse",
    "Sort",
    "SortFunc",
    "SortStableFunc",
    "Sorted",
];
const MAPS: &[&str] = &["Clone", "Copy", "DeleteFunc", "Equal", "Keys", "Values"];

/// The parameter list as Go declares it (type parameters unresolved), for
/// the "want" line of argument-count errors.
fn declared_params(pkg: &str, name: &str) -> &'static str {
    match (pkg, name) {
        ("maps", "Copy") => "(M1, M2)",
        ("maps", "DeleteFunc") => "(M, func(K, V) bool)",
        ("maps", "Equal") => "(M1, M2)",
        ("maps", "Clone") => "(M)",
        ("maps", _) => "(Map)",
        (_, "BinarySearch" | "Contains" | "Index") => "(S, E)",
        (_, "Collect" | "Sorted") => "(iter.Seq[E])",
        (_, "ContainsFunc" | "IndexFunc") => "(S, func(E) bool)",
        (_, "Delete") => "(S, int, int)",
        (_, "Equal") => "(S, S)",
        (_, "Insert") => "(S, int, ...E)",
        (_, "SortFunc" | "SortStableFunc") => "(S, func(a E, b E) int)",
        _ => "(S)",
    }
}

impl<'a> Checker<'a> {
    /// The Func object standing for generic function `name` of package `p`
    /// (`slices` or `maps`), if gorun supports it.
    pub(crate) fn generic_func(&mut self, p: PkgId, name: &str) -> Option<ObjId> {
        let path = self.prog.packages[p.0 as usize].path.clone();
        let known = match &*path {
            "slices" => SLICES.contains(&name),
            "maps" => MAPS.contains(&name),
            _ => false,
        };
        if !known {
            return None;
        }
        if let Some(&o) = self.generic_objs.get(&(p, name.into())) {
            return Some(o);
        }
        let o = ObjId(self.prog.objs.len() as u32);
        self.prog.objs.push(Object {
            kind: ObjKind::Func(FuncInfo {
                body: FuncBody::Generic,
                recv: None,
            }),
            name: name.into(),
            pkg: Some(p),
            ty: self.invalid(),
            file: None,
            span: Span::default(),
        });
        self.generic_objs.insert((p, name.into()), o);
        Some(o)
    }

    /// A call of a generic library function `o` with callee expression `fun`.
    pub(crate) fn generic_call(
        &mut self,
        x: &mut Operand<'a>,
        o: ObjId,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) {
        let ops = self.expr_list(args);
        if ops.iter().any(|a| !a.is_valid()) {
            return;
        }
        let (pkg, name) = {
            let ob = self.obj(o);
            (
                ob.pkg
                    .map(|p| self.prog.packages[p.0 as usize].path.clone())
                    .unwrap_or_default(),
                ob.name.clone(),
            )
        };
        let fs = self.estr(fun);
        let Some(first) = ops.first() else {
            self.error(
                self.at(x.expr),
                format!("not enough arguments in call to {fs}\n\thave ()\n\twant (...)"),
            );
            return;
        };
        let s = first.ty;
        let int = self.basic(BasicKind::Int);
        let boolean = self.basic(BasicKind::Bool);
        let sig: Option<(Vec<TypeId>, Vec<TypeId>, bool)> = if &*pkg == "maps" {
            match self.prog.types.under(s).clone() {
                TypeKind::Map(k, v) => {
                    let kv_pred = self.prog.types.func(vec![k, v], vec![boolean], false);
                    Some(match &*name {
                        "Clone" => (vec![s], vec![s], false),
                        "Copy" => (vec![s, s], vec![], false),
                        "DeleteFunc" => (vec![s, kv_pred], vec![], false),
                        "Equal" => (vec![s, s], vec![boolean], false),
                        "Keys" => (vec![s], vec![self.seq_type(k)], false),
                        _ => (vec![s], vec![self.seq_type(v)], false),
                    })
                }
                _ => None,
            }
        } else if matches!(&*name, "Sorted" | "Collect") {
            self.seq_elem(s).map(|e| {
                let sl = self.prog.types.slice(e);
                (vec![s], vec![sl], false)
            })
        } else {
            match self.prog.types.under(s).clone() {
                TypeKind::Slice(e) => {
                    let cmp = self.prog.types.func(vec![e, e], vec![int], false);
                    let pred = self.prog.types.func(vec![e], vec![boolean], false);
                    let es = self.prog.types.slice(e);
                    Some(match &*name {
                        "Sort" | "Reverse" => (vec![s], vec![], false),
                        "SortFunc" | "SortStableFunc" => (vec![s, cmp], vec![], false),
                        "Contains" => (vec![s, e], vec![boolean], false),
                        "ContainsFunc" => (vec![s, pred], vec![boolean], false),
                        "Index" => (vec![s, e], vec![int], false),
                        "IndexFunc" => (vec![s, pred], vec![int], false),
                        "Max" | "Min" => (vec![s], vec![e], false),
                        "BinarySearch" => (vec![s, e], vec![int, boolean], false),
                        "Equal" => (vec![s, s], vec![boolean], false),
                        "Insert" => (vec![s, int, es], vec![s], true),
                        "Delete" => (vec![s, int, int], vec![s], false),
                        _ => (vec![s], vec![s], false),
                    })
                }
                _ => None,
            }
        };
        let Some((params, results, variadic)) = sig else {
            let a = self.operand_string(first);
            let want = if &*pkg == "maps" {
                "map"
            } else if matches!(&*name, "Sorted" | "Collect") {
                "iterator"
            } else {
                "slice"
            };
            self.error(
                self.at(first.expr),
                format!("in call to {fs}, {a} is not a {want}"),
            );
            return;
        };
        let needs_order = matches!(&*name, "Sort" | "Max" | "Min" | "BinarySearch" | "Sorted")
            && &*pkg == "slices";
        if needs_order {
            let e = match self.prog.types.under(params[0]) {
                TypeKind::Slice(e) => Some(*e),
                _ => self.seq_elem(params[0]),
            };
            if let Some(e) = e {
                if !self
                    .prog
                    .types
                    .basic_kind(e)
                    .is_some_and(|k| k.is_ordered())
                {
                    let es = self.tstr(e);
                    self.error(
                        self.at(first.expr),
                        format!("{es} does not satisfy cmp.Ordered"),
                    );
                    return;
                }
            }
        }
        let sig = crate::check::types::Signature {
            params,
            results: results.clone(),
            variadic,
        };
        let sig_ty = self
            .prog
            .types
            .func(sig.params.clone(), sig.results.clone(), variadic);
        self.generic_want = Some(declared_params(&pkg, &name));
        self.arguments(x.expr, fun, &sig, ops, ellipsis, args);
        self.generic_want = None;
        self.record(fun.id, Mode::Value, sig_ty, None);
        match results.len() {
            0 => {
                x.mode = OpMode::NoValue;
                x.ty = self.invalid();
            }
            1 => {
                x.mode = OpMode::Value;
                x.ty = results[0];
            }
            _ => {
                x.mode = OpMode::Value;
                x.ty = self.prog.types.tuple(results);
            }
        }
    }

    /// `iter.Seq[T]`'s underlying type `func(yield func(T) bool)`.
    fn seq_type(&mut self, t: TypeId) -> TypeId {
        let b = self.basic(BasicKind::Bool);
        let yield_fn = self.prog.types.func(vec![t], vec![b], false);
        self.prog.types.func(vec![yield_fn], vec![], false)
    }

    /// The element type of an iterator `func(yield func(T) bool)`.
    fn seq_elem(&self, t: TypeId) -> Option<TypeId> {
        let sig = self.prog.types.signature(t)?;
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return None;
        }
        let y = self.prog.types.signature(sig.params[0])?;
        (y.params.len() == 1 && y.results.len() == 1).then_some(y.params[0])
    }
}
