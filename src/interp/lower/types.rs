//! Type facts lowering needs: zero values, operator kinds, sequence kinds,
//! conversion kinds and constant values as run-time [`Value`]s.

use super::Lowerer;
use crate::check::constant::ConstValue;
use crate::check::types::{BasicKind, TypeId, TypeKind};
use crate::interp::ir::{ConvKind, NumKind, SeqKind};
use crate::value::{wrap_int, Value};
use std::sync::Arc;

impl Lowerer<'_> {
    /// The zero value of `t`.
    pub fn zero(&self, t: TypeId) -> Value {
        self.zero_depth(t, 0)
    }

    fn zero_depth(&self, t: TypeId, depth: u32) -> Value {
        if depth > 64 {
            return Value::Nil;
        }
        match self.tt.under(t) {
            TypeKind::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => Value::Bool(false),
                BasicKind::String | BasicKind::UntypedString => Value::str(""),
                BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => {
                    Value::Float(0.0)
                }
                k if k.is_integer() => Value::Int(0),
                k if k.is_complex() => Value::Complex(0.0, 0.0),
                _ => Value::Nil,
            },
            TypeKind::Struct(fs) => Value::Struct(Arc::new(
                fs.iter()
                    .map(|f| self.zero_depth(f.ty, depth + 1))
                    .collect(),
            )),
            TypeKind::Array(n, e) => {
                let z = self.zero_depth(*e, depth + 1);
                Value::Array(Arc::new(vec![z; (*n).min(1 << 24) as usize]))
            }
            _ => Value::Nil,
        }
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        self.tt.basic_kind(t)
    }

    /// How operators treat values of `t`.
    pub fn num_kind(&self, t: TypeId) -> NumKind {
        match self.basic(t) {
            Some(k) if k.is_integer() => {
                let bits = if matches!(k, BasicKind::UntypedInt | BasicKind::UntypedRune) {
                    if k == BasicKind::UntypedRune {
                        32
                    } else {
                        64
                    }
                } else {
                    k.bits() as u8
                };
                NumKind::Int {
                    bits,
                    signed: !k.is_unsigned(),
                }
            }
            Some(BasicKind::Float32) => NumKind::F32,
            Some(k) if k.is_complex() => NumKind::Complex {
                c64: k == BasicKind::Complex64,
            },
            Some(k) if k.is_float() => NumKind::F64,
            Some(k) if k.is_string() => NumKind::Str,
            Some(k) if k.is_boolean() => NumKind::Bool,
            _ => NumKind::Other,
        }
    }

    /// What indexing, `len` and slicing see in a value of type `t`.
    pub fn seq_kind(&self, t: TypeId) -> SeqKind {
        match self.tt.under(t) {
            TypeKind::Basic(_) => SeqKind::String,
            TypeKind::Slice(_) => SeqKind::Slice,
            TypeKind::Array(..) => SeqKind::Array,
            TypeKind::Map(..) => SeqKind::Map,
            TypeKind::Chan(..) => SeqKind::Chan,
            TypeKind::Pointer(e) => self.seq_kind(*e),
            _ => SeqKind::Slice,
        }
    }

    /// A constant as a run-time value of type `t`.
    pub fn const_value(&self, cv: &ConstValue, t: TypeId) -> Value {
        let k = self.basic(t);
        match cv {
            ConstValue::Bool(b) => Value::Bool(*b),
            ConstValue::String(s) => Value::Str(s.clone()),
            _ if k.is_some_and(|k| k.is_complex()) => {
                let (re, im) = cv.as_c128().unwrap_or((0.0, 0.0));
                let c64 = k == Some(BasicKind::Complex64);
                crate::interp::complex::make(c64, re, im)
            }
            ConstValue::Complex(..) => {
                let (re, im) = cv.as_c128().unwrap_or((0.0, 0.0));
                Value::Complex(re, im)
            }
            ConstValue::Int(_) | ConstValue::Float(_) => match k {
                Some(k) if k.is_float() => {
                    let f = cv.as_f64().unwrap_or(0.0);
                    Value::Float(if k == BasicKind::Float32 {
                        f as f32 as f64
                    } else {
                        f
                    })
                }
                Some(k) if k.is_integer() => {
                    let bits = cv.as_bits().unwrap_or(0) as i64;
                    let b = if matches!(k, BasicKind::UntypedInt | BasicKind::UntypedRune) {
                        64
                    } else {
                        k.bits() as u8
                    };
                    Value::Int(wrap_int(bits, b, !k.is_unsigned()))
                }
                _ => match cv {
                    ConstValue::Int(_) => Value::Int(cv.as_bits().unwrap_or(0) as i64),
                    _ => Value::Float(cv.as_f64().unwrap_or(0.0)),
                },
            },
        }
    }

    /// The conversion from `from` to `to` (both non-interface).
    pub fn conv_kind(&self, from: TypeId, to: TypeId) -> ConvKind {
        let (fk, tk) = (self.basic(from), self.basic(to));
        let elem = |t: TypeId| match self.tt.under(t) {
            TypeKind::Slice(e) => self.basic(*e),
            _ => None,
        };
        match (fk, tk) {
            (Some(f), Some(t)) if f.is_integer() && t.is_integer() => ConvKind::IntToInt {
                bits: t.bits() as u8,
                signed: !t.is_unsigned(),
            },
            (Some(f), Some(t)) if f.is_integer() && t.is_float() => ConvKind::IntToFloat {
                from_signed: !f.is_unsigned(),
                f32: t == BasicKind::Float32,
            },
            (Some(f), Some(t)) if f.is_float() && t.is_integer() => ConvKind::FloatToInt {
                bits: t.bits() as u8,
                signed: !t.is_unsigned(),
            },
            (Some(f), Some(t)) if f.is_float() && t.is_float() => ConvKind::FloatToFloat {
                f32: t == BasicKind::Float32,
            },
            (Some(f), Some(t)) if f.is_complex() && t.is_complex() => ConvKind::ComplexToComplex {
                c64: t == BasicKind::Complex64,
            },
            (Some(f), Some(t)) if f.is_integer() && t.is_string() => ConvKind::IntToString,
            (None, Some(t)) if t.is_string() => match elem(from) {
                Some(BasicKind::Uint8) => ConvKind::BytesToString,
                Some(BasicKind::Int32) => ConvKind::RunesToString,
                _ => ConvKind::Nop,
            },
            (Some(f), None) if f.is_string() => match elem(to) {
                Some(BasicKind::Uint8) => ConvKind::StringToBytes,
                Some(BasicKind::Int32) => ConvKind::StringToRunes,
                _ => ConvKind::Nop,
            },
            _ => ConvKind::Nop,
        }
    }

    /// Size in bytes (amd64) and whether values hold pointers.
    pub fn size_of(&self, t: TypeId) -> (u32, bool) {
        self.size_depth(t, 0)
    }

    fn size_depth(&self, t: TypeId, depth: u32) -> (u32, bool) {
        if depth > 32 {
            return (8, true);
        }
        match self.tt.under(t) {
            TypeKind::Basic(k) => match k {
                BasicKind::String | BasicKind::UntypedString => (16, true),
                k if k.is_numeric() => ((k.bits() / 8).max(1), false),
                _ => (1, false),
            },
            TypeKind::Slice(_) => (24, true),
            TypeKind::Interface(_) => (16, true),
            TypeKind::Array(n, e) => {
                let (s, p) = self.size_depth(*e, depth + 1);
                ((*n as u32).saturating_mul(s), p)
            }
            TypeKind::Struct(fs) => {
                let (mut off, mut align, mut ptrs) = (0u32, 1u32, false);
                for f in fs {
                    let (s, p) = self.size_depth(f.ty, depth + 1);
                    let a = s.clamp(1, 8).next_power_of_two().min(8);
                    off = off.div_ceil(a) * a + s;
                    align = align.max(a);
                    ptrs |= p;
                }
                (off.div_ceil(align) * align, ptrs)
            }
            _ => (8, true),
        }
    }

    pub fn is_iface(&self, t: TypeId) -> bool {
        self.tt.is_interface(t)
    }
}
