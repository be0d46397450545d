//! The complex-number built-ins `complex`, `real` and `imag` (Go spec
//! "Manipulating complex numbers"), typed as go/types types them.
//!
//! Guarantees: untyped constant arguments fold to constants (`complex(1, 2)`
//! is the untyped complex constant `(1 + 2i)`, `real(3)` the untyped float
//! `3`); typed arguments give `complex64` from `float32` and `complex128`
//! from `float64` and back; every misuse gets go/types' wording. The rest of
//! complex arithmetic lives with the other operators (ops.rs, constant.rs).

use crate::check::checker::Checker;
use crate::check::constant::ConstValue;
use crate::check::expr::{OpMode, Operand};
use crate::check::info::Builtin;
use crate::check::types::BasicKind;
use num_traits::Zero;

/// Each float kind and the complex kind made of two of them.
const FLOAT_TO_COMPLEX: [(BasicKind, BasicKind); 3] = [
    (BasicKind::Float32, BasicKind::Complex64),
    (BasicKind::Float64, BasicKind::Complex128),
    (BasicKind::UntypedFloat, BasicKind::UntypedComplex),
];

impl<'a> Checker<'a> {
    /// The kind paired with `x`'s kind in `pairs`, or the error `msg(type)`
    /// reported at `x`.
    fn kind_partner(
        &mut self,
        x: &Operand<'a>,
        pairs: [(BasicKind, BasicKind); 3],
        msg: impl FnOnce(String) -> String,
    ) -> Option<BasicKind> {
        let k = self.prog.types.basic_kind(x.ty);
        let found = pairs.iter().find(|(from, _)| Some(*from) == k);
        if found.is_none() {
            let ts = self.tstr(x.ty);
            self.error(self.at(x.expr), msg(ts));
        }
        found.map(|(_, to)| *to)
    }

    /// `complex(re, im)`; `x` is the call's operand, `ops` its two arguments.
    pub(crate) fn builtin_complex(&mut self, x: &mut Operand<'a>, ops: &mut [Operand<'a>]) {
        let [re, im] = ops else { return };
        let t = &self.prog.types;
        match (t.is_untyped(re.ty), t.is_untyped(im.ty)) {
            (false, false) => {}
            (true, false) => {
                let target = im.ty;
                self.convert_untyped_report(re, target);
            }
            (false, true) => {
                let target = re.ty;
                self.convert_untyped_report(im, target);
            }
            (true, true) if re.is_const() && im.is_const() => {
                // Untyped constants are untyped floats here when they can be.
                let uf = self.basic(BasicKind::UntypedFloat);
                for a in [&mut *re, &mut *im] {
                    let real = a.val.as_ref().and_then(|v| v.to_complex());
                    if real.is_some_and(|(_, i)| i.is_zero()) {
                        a.ty = uf;
                    }
                }
            }
            (true, true) => {
                let f64t = self.basic(BasicKind::Float64);
                self.convert_untyped_report(re, f64t);
                self.convert_untyped_report(im, f64t);
            }
        }
        if !re.is_valid() || !im.is_valid() {
            return;
        }
        if re.ty != im.ty {
            let (cs, rs, is) = (self.estr(x.expr), self.tstr(re.ty), self.tstr(im.ty));
            self.error(
                self.at(re.expr),
                format!("invalid operation: {cs} (mismatched types {rs} and {is})"),
            );
            return;
        }
        let Some(result) = self.kind_partner(re, FLOAT_TO_COMPLEX, |ts| {
            format!("invalid argument: arguments have type {ts}, expected floating-point")
        }) else {
            return;
        };
        let parts = (re.val.as_ref(), im.val.as_ref());
        if let (true, true, (Some(a), Some(b))) = (re.is_const(), im.is_const(), parts) {
            x.mode = OpMode::Constant;
            x.val = match (a.to_rat(), b.to_rat()) {
                (Some(r), Some(i)) => Some(ConstValue::Complex(r, i)),
                _ => None,
            };
        } else {
            x.mode = OpMode::Value;
            x.val = None;
        }
        x.ty = self.basic(result);
    }

    /// `real(z)` or `imag(z)` (`b` says which).
    pub(crate) fn builtin_real_imag(
        &mut self,
        x: &mut Operand<'a>,
        b: Builtin,
        z: &mut Operand<'a>,
    ) {
        if self.prog.types.is_untyped(z.ty) {
            let numeric = self
                .prog
                .types
                .basic_kind(z.ty)
                .is_some_and(|k| k.is_numeric());
            if z.is_const() && numeric {
                z.ty = self.basic(BasicKind::UntypedComplex);
            } else {
                let c128 = self.basic(BasicKind::Complex128);
                self.convert_untyped_report(z, c128);
                if !z.is_valid() {
                    return;
                }
            }
        }
        let complex_to_float = FLOAT_TO_COMPLEX.map(|(f, c)| (c, f));
        let Some(result) = self.kind_partner(z, complex_to_float, |ts| {
            format!("invalid argument: argument has type {ts}, expected complex type")
        }) else {
            return;
        };
        match (z.is_const(), z.val.as_ref().and_then(|v| v.to_complex())) {
            (true, Some((re, im))) => {
                x.mode = OpMode::Constant;
                x.val = Some(ConstValue::Float(if b == Builtin::Real { re } else { im }));
            }
            _ => {
                x.mode = OpMode::Value;
                x.val = None;
            }
        }
        x.ty = self.basic(result);
    }
}
