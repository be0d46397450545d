//! The type checker: resolves names, computes types and constant values, and
//! reports Go's compile errors (go/types wording). It never runs code.
