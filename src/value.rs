//! Runtime representation of Go values (draft: the interpreter work owns and
//! refines this file; the runtime treats `Value` as an opaque `Clone + Send +
//! Sync` payload, the library formats it).
//!
//! Guarantee: every value is `Send + Sync`; shared mutable state lives behind
//! `Arc` + a lock, so a racy Go program loses updates but never corrupts the
//! interpreter.

use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Zero value of pointer, slice, map, channel, func and interface types.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer type; unsigned types hold their bit pattern, always
    /// wrapped to the type's width.
    Int(i64),
    Float(f64),
    /// Go strings are byte strings.
    Str(Arc<[u8]>),
}
