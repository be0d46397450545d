//! The universe scope: Go's predeclared types, constants, `nil` and
//! built-in functions, created once per program before any package.

use crate::check::checker::Checker;
use crate::check::constant::ConstValue;
use crate::check::info::{Builtin, ObjKind, Object};
use crate::check::types::BasicKind;
use crate::syntax::ast::Span;

impl Checker<'_> {
    pub(crate) fn init_universe(&mut self) {
        use BasicKind::*;
        let types: [(&str, BasicKind); 19] = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("string", String),
            ("byte", Uint8),
            ("rune", Int32),
            ("complex64", Complex64),
            ("complex128", Complex128),
        ];
        for (name, k) in types {
            let ty = self.basic(k);
            self.universe_obj(name, ObjKind::TypeName { alias: false }, ty);
        }
        let err = self.prog.types.error;
        let err_obj = self.universe_obj("error", ObjKind::TypeName { alias: false }, err);
        self.prog.types.set_named_obj(err, err_obj);
        let any = self.prog.types.empty_iface;
        self.universe_obj("any", ObjKind::TypeName { alias: true }, any);
        let ub = self.basic(UntypedBool);
        self.universe_obj("true", ObjKind::Const(ConstValue::Bool(true)), ub);
        self.universe_obj("false", ObjKind::Const(ConstValue::Bool(false)), ub);
        let ui = self.basic(UntypedInt);
        self.universe_obj("iota", ObjKind::Const(ConstValue::int(0)), ui);
        let un = self.basic(UntypedNil);
        self.universe_obj("nil", ObjKind::Nil, un);
        let inv = self.invalid();
        for b in Builtin::ALL {
            self.universe_obj(b.name(), ObjKind::Builtin(b), inv);
        }
        // `comparable` exists only as a constraint; gorun has no generics.
        self.universe_obj("comparable", ObjKind::TypeName { alias: false }, inv);
    }

    fn universe_obj(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: crate::check::types::TypeId,
    ) -> crate::check::info::ObjId {
        let id = crate::check::info::ObjId(self.prog.objs.len() as u32);
        self.prog.objs.push(Object {
            kind,
            name: name.into(),
            pkg: None,
            ty,
            file: None,
            span: Span::default(),
        });
        self.universe.insert(name.into(), id);
        id
    }
}
