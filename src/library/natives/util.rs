//! Small helpers shared by the natives: argument access that never panics
//! and constructors for common results.

use crate::library::abi::Outcome;
use crate::value::{Slice, Value};

/// Argument `i`, or Nil when the interpreter passed fewer (never happens
/// for checked code; keeps natives panic-free).
pub fn arg(a: &[Value], i: usize) -> &Value {
    static NIL: Value = Value::Nil;
    a.get(i).unwrap_or(&NIL)
}

/// Argument `i` as an integer.
pub fn int(a: &[Value], i: usize) -> i64 {
    arg(a, i).as_int()
}

/// Argument `i` as a float.
pub fn float(a: &[Value], i: usize) -> f64 {
    arg(a, i).as_float()
}

/// Argument `i` as string bytes.
pub fn bytes(a: &[Value], i: usize) -> &[u8] {
    arg(a, i).as_bytes()
}

/// The elements of a slice argument (empty for nil).
pub fn elems(v: &Value) -> Vec<Value> {
    match v {
        Value::Slice(s) => s.to_vec(),
        Value::Array(a) => a.to_vec(),
        // A []byte the interpreter kept as its string bytes.
        Value::Str(b) => b.iter().map(|&c| Value::Int(c as i64)).collect(),
        _ => Vec::new(),
    }
}

/// A `[]byte` argument's bytes.
pub fn byte_slice(v: &Value) -> Vec<u8> {
    elems(v).iter().map(|e| e.as_int() as u8).collect()
}

/// A new `[]byte` value.
pub fn new_byte_slice(b: &[u8]) -> Value {
    Value::Slice(Slice::from_vec(
        b.iter().map(|&c| Value::Int(c as i64)).collect(),
    ))
}

/// A new slice value of the given elements.
pub fn new_slice(v: Vec<Value>) -> Value {
    Value::Slice(Slice::from_vec(v))
}

pub fn ret_int(i: i64) -> Outcome {
    Outcome::one(Value::Int(i))
}

pub fn ret_bool(b: bool) -> Outcome {
    Outcome::one(Value::Bool(b))
}

pub fn ret_float(f: f64) -> Outcome {
    Outcome::one(Value::Float(f))
}

pub fn ret_str(b: &[u8]) -> Outcome {
    Outcome::one(Value::bytes(b))
}
