//! Channel values as the interpreter sees them: `len`/`cap` of a channel
//! value. The channel object itself belongs to the runtime; until it is
//! wired in, channel values are opaque and report 0.

use crate::value::Value;

/// `len(ch)`.
pub fn len(v: &Value) -> i64 {
    let _ = v;
    0
}

/// `cap(ch)`.
pub fn cap(v: &Value) -> i64 {
    let _ = v;
    0
}

/// `make(chan T, cap)`: a channel object (placeholder until the runtime's
/// channels are wired: an opaque identity).
pub fn make(cap: usize, zero: Value) -> Value {
    Value::Chan(std::sync::Arc::new((cap, zero)))
}
