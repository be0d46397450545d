//! Reading Go source: tokens (logos), automatic semicolons, and the LR(1)
//! parser generated from grammar/go.lalrpop. The output is an [`ast::File`]
//! or the first syntax error with cmd/compile's wording.
//!
//! Invariant: the syntax layer knows nothing about types or values.

pub mod ast;
