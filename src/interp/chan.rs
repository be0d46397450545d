//! Channel values as the interpreter sees them: a `Value::Chan` holds the
//! runtime's [`Chan`]; `make`, `len` and `cap` live here, every blocking
//! operation goes through the scheduler ([`super::exec::Sched`]).

use crate::runtime::Chan;
use crate::value::Value;
use std::sync::Arc;

/// The runtime channel inside a channel value (`None` for nil).
pub fn as_chan(v: &Value) -> Option<&Chan> {
    match v {
        Value::Chan(c) => c.downcast_ref::<Chan>(),
        _ => None,
    }
}

/// `make(chan T, cap)`.
pub fn make(cap: usize, zero: Value) -> Value {
    Value::Chan(Arc::new(Chan::new(cap, zero)))
}

/// `len(ch)`.
pub fn len(v: &Value) -> i64 {
    as_chan(v).map_or(0, |c| c.len() as i64)
}

/// `cap(ch)`.
pub fn cap(v: &Value) -> i64 {
    as_chan(v).map_or(0, |c| c.cap() as i64)
}
